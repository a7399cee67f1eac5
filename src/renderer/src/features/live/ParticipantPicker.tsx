import { forwardRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { normalizeText } from '@shared/format/names'
import { Field } from '../../ui/form'
import type { ParticipantChoice } from './hooks'

const MAX_MATCHES = 6

interface Props {
  label: string
  participants: readonly ParticipantChoice[]
  /** null: anonim (Escape, or Enter on an empty search). */
  onPick: (choice: ParticipantChoice | null, typed: string) => void
  testId: string
}

/** Search by name, pick with the arrows and Enter; Escape means "anonim". */
export const ParticipantPicker = forwardRef<HTMLInputElement, Props>(function ParticipantPicker(
  { label, participants, onPick, testId },
  ref,
) {
  const { t } = useTranslation('live')
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const key = normalizeText(query)
  const matches =
    key === ''
      ? []
      : participants
          .filter((p) => normalizeText(p.name).includes(key) || p.searchName.includes(key))
          .slice(0, MAX_MATCHES)

  function pick(choice: ParticipantChoice | null) {
    onPick(choice, query.trim())
    setQuery('')
    setActive(0)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      setActive((a) => Math.min(a + 1, Math.max(0, matches.length - 1)))
    } else if (event.key === 'ArrowUp') {
      event.preventDefault()
      setActive((a) => Math.max(a - 1, 0))
    } else if (event.key === 'Enter') {
      event.preventDefault()
      pick(matches[active] ?? null)
    } else if (event.key === 'Escape') {
      event.preventDefault()
      pick(null)
    }
  }

  return (
    <Field label={label} className="picker">
      {(control) => (
        <>
          <input
            {...control}
            ref={ref}
            value={query}
            role="combobox"
            aria-expanded={matches.length > 0}
            aria-controls={`${control.id}-list`}
            aria-activedescendant={
              matches[active] ? `${control.id}-${matches[active].id}` : undefined
            }
            autoComplete="off"
            placeholder={t('picker.placeholder')}
            onChange={(e) => {
              setQuery(e.target.value)
              setActive(0)
            }}
            onKeyDown={onKeyDown}
            data-testid={testId}
          />
          {matches.length > 0 && (
            <ul id={`${control.id}-list`} role="listbox" className="picker__list">
              {matches.map((p, index) => (
                <li
                  key={p.id}
                  id={`${control.id}-${p.id}`}
                  role="option"
                  aria-selected={index === active}
                  className={
                    index === active ? 'picker__option picker__option--active' : 'picker__option'
                  }
                  onMouseDown={(e) => {
                    e.preventDefault()
                    pick(p)
                  }}
                >
                  {p.name}
                  {p.institution && <span className="hint"> — {p.institution}</span>}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Field>
  )
})

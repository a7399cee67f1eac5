import { forwardRef, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Attendance } from '@shared/domain'
import { formatInstantId, type TimeZoneCode } from '@shared/format/dates'
import { parseCheckinCode } from '@shared/participants'
import { Field } from '../../ui/form'
import type { ParticipantEntry } from '../participants'

interface CheckinSearchProps {
  query: string
  onQuery: (query: string) => void
  results: ParticipantEntry[]
  active: number
  onActive: (index: number) => void
  onChoose: (entry: ParticipantEntry) => void
  /** A scanned (or typed) check-in code, sent with Enter as a USB scanner does. */
  onCode: (participantId: string) => void
  present: Map<string, Attendance>
  timeZone: TimeZoneCode
}

/** A combobox: type to filter, ↑ ↓ to move, Enter to choose; the list follows every keystroke. */
export const CheckinSearch = forwardRef<HTMLInputElement, CheckinSearchProps>(
  function CheckinSearch(props, ref) {
    const { t } = useTranslation('checkin')
    const { t: tc } = useTranslation()
    const { results, active } = props

    function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
      if (event.key === 'ArrowDown') {
        event.preventDefault()
        props.onActive(Math.min(active + 1, results.length - 1))
      } else if (event.key === 'ArrowUp') {
        event.preventDefault()
        props.onActive(Math.max(active - 1, 0))
      } else if (event.key === 'Enter') {
        event.preventDefault()
        const code = parseCheckinCode(props.query)
        if (code !== null) return props.onCode(code)
        const chosen = results[active]
        if (chosen) props.onChoose(chosen)
      } else if (event.key === 'Escape') {
        props.onQuery('')
      }
    }

    const activeId = results[active]
      ? `checkin-option-${results[active].participant.id}`
      : undefined
    return (
      <div className="checkin-search">
        <Field label={t('searchLabel')} hint={t('searchHint')}>
          {(control) => (
            <input
              {...control}
              ref={ref}
              type="search"
              role="combobox"
              aria-expanded={results.length > 0}
              aria-controls="checkin-results"
              aria-activedescendant={activeId}
              aria-autocomplete="list"
              autoComplete="off"
              value={props.query}
              onChange={(e) => {
                props.onQuery(e.target.value)
              }}
              onKeyDown={onKeyDown}
              data-testid="checkin-search"
            />
          )}
        </Field>
        <ul
          id="checkin-results"
          role="listbox"
          aria-label={t('results')}
          className="checkin-results"
          data-testid="checkin-results"
          data-query={props.query}
        >
          {results.map((entry, index) => {
            const present = props.present.get(entry.participant.id)
            return (
              <li
                key={entry.participant.id}
                id={`checkin-option-${entry.participant.id}`}
                role="option"
                aria-selected={index === active}
                className={`checkin-option${index === active ? ' checkin-option--active' : ''}`}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => props.onChoose(entry)}
                data-testid="checkin-option"
                data-name={entry.person.name}
              >
                <span className="checkin-option__name">{entry.person.name}</span>
                <span className="checkin-option__meta">
                  {tc(`enums.unsur.${entry.participant.unsur}`)}
                  {entry.person.institution && ` · ${entry.person.institution}`}
                </span>
                {present && (
                  <span className="badge badge--selesai">
                    {t('present', {
                      time: formatInstantId(present.checkedInAt, props.timeZone, 'time-with-zone'),
                    })}
                  </span>
                )}
              </li>
            )
          })}
        </ul>
        {props.query.trim() !== '' && results.length === 0 && (
          <p className="hint" data-testid="checkin-no-result">
            {t('noResult')}
          </p>
        )}
      </div>
    )
  },
)

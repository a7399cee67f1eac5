import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Person } from '@shared/domain'
import { useLiveQuery, useRepositories } from '../../db'
import { useErrorMessage } from './error-text'
import { Field } from '../../ui/form'

const SHOWN = 100

/**
 * Search the registry and put people on this forum's list: one at a time, or many ticked (across
 * searches) and added together in one go.
 */
export function AddFromRegistry(props: {
  forumId: string
  listed: Set<string>
  onClose: () => void
}) {
  const { t } = useTranslation('participants')
  const { t: tc } = useTranslation()
  const { people, participants } = useRepositories()
  const errorMessage = useErrorMessage()
  const [query, setQuery] = useState('')
  const [picked, setPicked] = useState<Map<string, Person>>(new Map())
  const [busy, setBusy] = useState(false)
  const [notice, setNotice] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null)
  const found = useLiveQuery(() => people.list({ query, limit: SHOWN }), [people, query])
  const eligible = (found ?? []).filter((person) => !props.listed.has(person.id))
  const allShownPicked = eligible.length > 0 && eligible.every((person) => picked.has(person.id))
  const someShownPicked = eligible.some((person) => picked.has(person.id))
  const listedShown = (found ?? []).length - eligible.length
  // Someone picked in an earlier search may have been put on the list since (by a single add, or
  // another window): they are not counted, and the repository skips them anyway.
  const toAdd = [...picked.values()].filter((person) => !props.listed.has(person.id))

  function pick(persons: Person[], on: boolean) {
    const next = new Map(picked)
    for (const person of persons) {
      if (on) next.set(person.id, person)
      else next.delete(person.id)
    }
    setPicked(next)
  }

  async function add(persons: Person[]) {
    setNotice(null)
    setBusy(true)
    try {
      const result = await participants.addManyExisting(
        props.forumId,
        persons.map((person) => person.id),
      )
      const skipped = persons.filter((person) => result.alreadyListed.includes(person.id))
      const added = t('addExisting.added', { count: result.added.length })
      setNotice({
        tone: 'ok',
        text: skipped.length
          ? `${added} ${t('addExisting.skipped', {
              count: skipped.length,
              names: skipped.map((person) => person.name).join(', '),
            })}`
          : added,
      })
      pick(persons, false)
    } catch (error) {
      setNotice({ tone: 'error', text: errorMessage(error) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="card" data-testid="add-existing" aria-labelledby="add-existing-title">
      <h2 id="add-existing-title">{t('addExisting.title')}</h2>
      <Field label={t('addExisting.searchLabel')}>
        {(control) => (
          <input
            {...control}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            type="search"
            data-testid="add-existing-search"
          />
        )}
      </Field>
      {notice && (
        <p
          className={`banner banner--${notice.tone}`}
          role={notice.tone === 'error' ? 'alert' : 'status'}
          data-testid="add-existing-notice"
        >
          {notice.text}
        </p>
      )}
      {found && found.length === 0 && <p className="hint">{t('addExisting.noResult')}</p>}
      {found && found.length >= SHOWN && (
        <p className="hint">{t('addExisting.narrow', { count: SHOWN })}</p>
      )}
      {found && found.length > 0 && (
        <div className="form__actions">
          <label className="participants-confirm">
            <input
              type="checkbox"
              checked={allShownPicked}
              ref={(input) => {
                if (input) input.indeterminate = someShownPicked && !allShownPicked
              }}
              disabled={eligible.length === 0 || busy}
              onChange={(e) => pick(eligible, e.target.checked)}
            />
            {t('addExisting.pickAllShown', { count: eligible.length })}
          </label>
          <button
            type="button"
            className="button button--primary"
            disabled={toAdd.length === 0 || busy}
            onClick={() => void add(toAdd)}
            data-testid="add-existing-many"
          >
            {t('addExisting.addMany', { count: toAdd.length })}
          </button>
          {listedShown > 0 && (
            <span className="hint" data-testid="add-existing-listed-shown">
              {t('addExisting.listedShown', { count: listedShown })}
            </span>
          )}
        </div>
      )}
      <ul className="link-list">
        {found?.map((person) => {
          const listed = props.listed.has(person.id)
          return (
            <li key={person.id} className="participants-registry-row">
              <label className="participants-confirm">
                <input
                  type="checkbox"
                  checked={!listed && picked.has(person.id)}
                  disabled={listed || busy}
                  onChange={(e) => pick([person], e.target.checked)}
                  aria-label={t('addExisting.pick', { name: person.name })}
                />
                <span>
                  <strong>{person.name}</strong> — {tc(`enums.unsur.${person.unsur}`)}
                  {person.institution && `, ${person.institution}`}
                </span>
              </label>
              {listed ? (
                <span className="hint">{t('addExisting.listed')}</span>
              ) : (
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  aria-label={t('addExisting.addOne', { name: person.name })}
                  onClick={() => void add([person])}
                >
                  {t('addExisting.add')}
                </button>
              )}
            </li>
          )
        })}
      </ul>
      <button type="button" className="button" onClick={props.onClose}>
        {tc('actions.close')}
      </button>
    </section>
  )
}

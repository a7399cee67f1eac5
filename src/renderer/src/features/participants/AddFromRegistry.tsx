import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLiveQuery, useRepositories } from '../../db'
import { useErrorMessage } from './error-text'
import { Field } from '../../ui/form'

/** Search the registry and put people on this forum's list. */
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
  const [failure, setFailure] = useState<string | null>(null)
  const found = useLiveQuery(() => people.list({ query, limit: 30 }), [people, query])
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
      {failure && (
        <p className="banner banner--error" role="alert">
          {failure}
        </p>
      )}
      {found && found.length === 0 && <p className="hint">{t('addExisting.noResult')}</p>}
      <ul className="link-list">
        {found?.map((person) => (
          <li key={person.id} className="participants-registry-row">
            <span>
              <strong>{person.name}</strong> — {tc(`enums.unsur.${person.unsur}`)}
              {person.institution && `, ${person.institution}`}
            </span>
            {props.listed.has(person.id) ? (
              <span className="hint">{t('addExisting.listed')}</span>
            ) : (
              <button
                type="button"
                className="button"
                onClick={() => {
                  setFailure(null)
                  participants
                    .addExisting(props.forumId, person.id)
                    .catch((error: unknown) => setFailure(errorMessage(error)))
                }}
              >
                {t('addExisting.add')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={props.onClose}>
        {tc('actions.close')}
      </button>
    </section>
  )
}

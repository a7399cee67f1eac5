import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Person } from '@shared/domain'
import { formatInstantId } from '@shared/format/dates'
import { formatNip } from '@shared/format/nip'
import { useLiveQuery, useRepositories, type ErasePreview } from '../../db'
import { useOrganisationTimeZone } from '../../ui/clock'
import { clearAllDrafts } from '../../ui/draft-journal'
import { Field } from '../../ui/form'

/** Contacts are personal data: masked unless the operator asks, since the screen may be shared. */
function contactLine(person: Person, visible: boolean, hidden: string): string {
  const contacts = [person.phone, person.email].filter(Boolean)
  if (contacts.length === 0) return ''
  return visible ? contacts.join(' · ') : hidden
}

export function PersonalDataSection() {
  const { t } = useTranslation('dataSafety')
  const { personalData, people: registry } = useRepositories()
  const timeZone = useOrganisationTimeZone()
  const [query, setQuery] = useState('')
  const [showContacts, setShowContacts] = useState(false)
  const [preview, setPreview] = useState<ErasePreview | null>(null)
  const [done, setDone] = useState<string | null>(null)
  // The registry's own search: any word of the name, titles and case ignored ("ully" finds
  // "Ny. Dorkas Ully-Radja, S.Pd").
  const people = useLiveQuery(() => registry.list({ query, limit: 30 }), [registry, query])

  async function choose(personId: string) {
    setDone(null)
    setPreview(await personalData.preview(personId))
  }

  async function erase(current: ErasePreview) {
    await personalData.erase(current.person.id)
    // A journalled draft may hold the erased contact (a typed note, say): it goes too.
    clearAllDrafts()
    setPreview(null)
    setDone(t('personal.done', { name: current.person.name }))
  }

  return (
    <section className="data-safety__section" aria-labelledby="personal-title">
      <h2 id="personal-title">{t('personal.title')}</h2>
      <p className="hint">{t('personal.intro')}</p>
      <div className="toolbar">
        <Field label={t('personal.search')}>
          {(control) => (
            <input
              {...control}
              data-testid="personal-search"
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
          )}
        </Field>
        <label className="checkbox">
          <input
            type="checkbox"
            data-testid="personal-show-contacts"
            checked={showContacts}
            onChange={(e) => setShowContacts(e.target.checked)}
          />
          {t('personal.showContacts')}
        </label>
      </div>
      {people && people.length === 0 && <p className="empty">{t('personal.noResults')}</p>}
      <ul className="data-safety__people">
        {(people ?? []).map((person) => (
          <li key={person.id} data-testid="personal-person">
            <span>
              <strong>{person.name}</strong>
              {person.institution && ` — ${person.institution}`}
              <small className="hint" data-testid="personal-contact">
                {' '}
                {person.erasedAt
                  ? t('personal.erased', { date: formatInstantId(person.erasedAt, timeZone) })
                  : contactLine(person, showContacts, t('personal.contactsHidden'))}
              </small>
            </span>
            <button
              type="button"
              data-testid="personal-select"
              onClick={() => void choose(person.id)}
            >
              {t('personal.select')}
            </button>
          </li>
        ))}
      </ul>
      {preview && (
        <div className="data-safety__preview" data-testid="erase-preview">
          <h3>{t('personal.previewTitle', { name: preview.person.name })}</h3>
          {preview.changes.length === 0 ? (
            <p>{t('personal.nothing')}</p>
          ) : (
            <table className="data-safety__table">
              <thead>
                <tr>
                  <th scope="col"></th>
                  <th scope="col">{t('personal.before')}</th>
                  <th scope="col">{t('personal.after')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.changes.map((change) => (
                  <tr key={change.field} data-testid="erase-change">
                    <th scope="row">{t(`personal.fields.${change.field}`)}</th>
                    <td>{change.field === 'nip' ? formatNip(change.before) : change.before}</td>
                    <td>{t('personal.empty')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p>{t('personal.forums', { count: preview.forums, signed: preview.signedForums })}</p>
          <button
            type="button"
            className="button--danger"
            data-testid="erase-confirm"
            onClick={() => void erase(preview)}
          >
            {t('personal.confirm')}
          </button>
        </div>
      )}
      {done && (
        <p className="banner banner--ok" role="status" data-testid="erase-message">
          {done}
        </p>
      )}
    </section>
  )
}

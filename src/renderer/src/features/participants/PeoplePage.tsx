import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Person } from '@shared/domain'
import { useLiveQuery, useRepositories } from '../../db'
import { useErrorMessage } from './error-text'
import { PersonForm } from './PersonForm'
import type { PersonFormValues } from './PersonFields'
import './participants.css'

const PAGE = 200

function toValues(person: Person): PersonFormValues {
  return {
    name: person.name,
    gender: person.gender,
    unsur: person.unsur,
    subCategory: person.subCategory,
    institution: person.institution,
    position: person.position,
    phone: person.phone,
    email: person.email,
    address: person.address,
    nip: person.nip,
    disability: person.disability,
    consent: person.consent,
    consentAt: person.consentAt,
  }
}

/** The registry reused across forums: search, edit one record, merge two records of one person. */
export function PeoplePage() {
  const { t } = useTranslation('participants')
  const { t: tc } = useTranslation()
  const { people } = useRepositories()
  const errorMessage = useErrorMessage()
  const [query, setQuery] = useState('')
  const [editing, setEditing] = useState<Person | null>(null)
  const [picked, setPicked] = useState<Person[]>([])
  const [showContacts, setShowContacts] = useState(false)
  const [notice, setNotice] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null)
  const found = useLiveQuery(() => people.list({ query, limit: PAGE }), [people, query])
  const total = useLiveQuery(() => people.count(), [people])

  function toggle(person: Person, on: boolean) {
    setPicked((current) =>
      on
        ? [...current.filter((p) => p.id !== person.id), person].slice(-2)
        : current.filter((p) => p.id !== person.id),
    )
  }

  async function merge(keep: Person, other: Person) {
    try {
      await people.merge(keep.id, other.id)
      setPicked([])
      setNotice({ tone: 'ok', text: t('people.merged', { name: keep.name }) })
    } catch (error) {
      setNotice({ tone: 'error', text: errorMessage(error) })
    }
  }

  return (
    <section className="page" data-testid="people-page">
      <div className="page__header">
        <div>
          <h1>{t('people.title')}</h1>
          <p className="lead">{t('people.intro')}</p>
        </div>
      </div>
      <div className="toolbar">
        <label className="toolbar__search">
          {t('searchLabel')}
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            data-testid="people-search"
          />
        </label>
        <button
          type="button"
          className="button button--quiet"
          aria-pressed={showContacts}
          onClick={() => setShowContacts(!showContacts)}
        >
          {showContacts ? t('actions.hideContacts') : t('actions.showContacts')}
        </button>
        <span className="toolbar__count">{t('people.count', { count: total ?? 0 })}</span>
      </div>
      {notice && (
        <p
          className={`banner banner--${notice.tone}`}
          role={notice.tone === 'error' ? 'alert' : 'status'}
        >
          {notice.text}
        </p>
      )}
      {picked.length === 2 && (
        <section className="card" data-testid="people-merge" aria-label={t('people.mergeTitle')}>
          <h2>{t('people.mergeTitle')}</h2>
          <p className="hint">{t('people.mergeHint')}</p>
          <div className="form__actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => void merge(picked[0]!, picked[1]!)}
            >
              {t('people.keep', { name: picked[0]!.name })}
            </button>
            <button
              type="button"
              className="button button--primary"
              onClick={() => void merge(picked[1]!, picked[0]!)}
            >
              {t('people.keep', { name: picked[1]!.name })}
            </button>
            <button type="button" className="button" onClick={() => setPicked([])}>
              {tc('actions.cancel')}
            </button>
          </div>
        </section>
      )}
      {editing && (
        <section className="card" aria-label={t('people.editTitle', { name: editing.name })}>
          <h2>{t('people.editTitle', { name: editing.name })}</h2>
          <PersonForm
            key={editing.id}
            idPrefix="edit-person"
            initial={toValues(editing)}
            submitLabel={tc('actions.save')}
            onCancel={() => setEditing(null)}
            onSubmit={async (values) => {
              await people.update(editing.id, values)
              setEditing(null)
              setNotice({ tone: 'ok', text: t('people.saved') })
            }}
          />
        </section>
      )}
      <table className="table" data-testid="people-table">
        <thead>
          <tr>
            <th>{t('people.select')}</th>
            <th>{t('columns.name')}</th>
            <th>{t('columns.gender')}</th>
            <th>{t('columns.unsur')}</th>
            <th>{t('columns.institution')}</th>
            <th>{t('columns.contact')}</th>
            <th>
              <span className="visually-hidden">{t('people.edit')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {found?.map((person) => (
            <tr key={person.id} data-testid="people-row" data-name={person.name}>
              <td>
                <input
                  type="checkbox"
                  checked={picked.some((p) => p.id === person.id)}
                  onChange={(e) => toggle(person, e.target.checked)}
                  aria-label={`${t('people.select')}: ${person.name}`}
                />
              </td>
              <td>{person.name}</td>
              <td>{person.gender}</td>
              <td>{tc(`enums.unsur.${person.unsur}`)}</td>
              <td>{[person.institution, person.position].filter(Boolean).join(' / ')}</td>
              <td>
                {showContacts
                  ? [person.phone, person.email].filter(Boolean).join(' · ') || '—'
                  : person.phone || person.email
                    ? `•••• (${t('contactHidden')})`
                    : '—'}
              </td>
              <td>
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => setEditing(person)}
                >
                  {t('people.edit')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

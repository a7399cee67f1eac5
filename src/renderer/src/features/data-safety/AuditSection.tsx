import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DEFAULT_USER_NAME } from '@shared/settings'
import { useLiveQuery, useRepositories } from '../../db'
import { formatInstantId } from '@shared/format/dates'
import { useOrganisationTimeZone } from '../../ui/clock'
import { useForumOptions } from './hooks'

function UserName() {
  const { t } = useTranslation('dataSafety')
  const { settings } = useRepositories()
  const stored = useLiveQuery(() => settings.get('userName'), [settings])
  const [name, setName] = useState<string | null>(null)
  const [saved, setSaved] = useState(false)
  const value = name ?? stored ?? ''
  return (
    <form
      className="form__actions"
      onSubmit={(e) => {
        e.preventDefault()
        void (value.trim() ? settings.set('userName', value) : settings.reset('userName')).then(
          () => setSaved(true),
        )
      }}
    >
      <div className="field">
        <label htmlFor="audit-user-name">{t('audit.userName')}</label>
        <input
          id="audit-user-name"
          data-testid="audit-user-name"
          value={value}
          placeholder={DEFAULT_USER_NAME}
          onChange={(e) => {
            setName(e.target.value)
            setSaved(false)
          }}
        />
      </div>
      <button type="submit" data-testid="audit-user-save">
        {t('audit.saveName')}
      </button>
      {saved && <span role="status">{t('audit.nameSaved')}</span>}
    </form>
  )
}

export function AuditSection() {
  const { t } = useTranslation('dataSafety')
  const { audit } = useRepositories()
  const forums = useForumOptions()
  const timeZone = useOrganisationTimeZone()
  const [forumId, setForumId] = useState('')
  const [actionItemId, setActionItemId] = useState('')
  const items = useLiveQuery(
    async () => (forumId ? audit.actionItemsOf(forumId) : []),
    [audit, forumId],
  )
  const entries = useLiveQuery(
    () =>
      audit.list({
        forumId: forumId || undefined,
        actionItemId: actionItemId || undefined,
        limit: 200,
      }),
    [audit, forumId, actionItemId],
  )
  const titles = new Map((forums ?? []).map((f) => [f.id, f.title]))

  return (
    <section className="data-safety__section" aria-labelledby="audit-title">
      <h2 id="audit-title">{t('audit.title')}</h2>
      <p className="hint">{t('audit.intro')}</p>
      <UserName />
      <div className="grid grid--2">
        <div className="field">
          <label htmlFor="audit-forum">{t('audit.forum')}</label>
          <select
            id="audit-forum"
            data-testid="audit-forum"
            value={forumId}
            onChange={(e) => {
              setForumId(e.target.value)
              setActionItemId('')
            }}
          >
            <option value="">{t('audit.allForums')}</option>
            {(forums ?? []).map((forum) => (
              <option key={forum.id} value={forum.id}>
                {forum.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-action-item">{t('audit.actionItem')}</label>
          <select
            id="audit-action-item"
            data-testid="audit-action-item"
            value={actionItemId}
            disabled={!forumId}
            onChange={(e) => setActionItemId(e.target.value)}
          >
            <option value="">{t('audit.allActionItems')}</option>
            {(items ?? []).map((item) => (
              <option key={item.id} value={item.id}>
                {item.plan.slice(0, 80)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {entries && entries.length === 0 && <p className="empty">{t('audit.empty')}</p>}
      {entries && entries.length > 0 && (
        <table className="data-safety__table" data-testid="audit-table">
          <thead>
            <tr>
              <th scope="col">{t('audit.when')}</th>
              <th scope="col">{t('audit.who')}</th>
              <th scope="col">{t('audit.action')}</th>
              <th scope="col">{t('audit.what')}</th>
              <th scope="col">{t('audit.detail')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id} data-testid="audit-row">
                <td>{formatInstantId(entry.at, timeZone)}</td>
                <td>{entry.actor}</td>
                <td>{t(`audit.actions.${entry.action}`)}</td>
                <td>
                  {t(`tables.${entry.entity}`, { defaultValue: entry.entity })}
                  {!forumId && entry.forumId && titles.has(entry.forumId)
                    ? ` · ${titles.get(entry.forumId)}`
                    : ''}
                </td>
                <td>
                  {entry.entityId === '*' && entry.action === 'import'
                    ? t('audit.bulk', { count: Number(entry.summary) })
                    : entry.summary}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

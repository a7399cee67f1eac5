import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { auditEntrySchema, type AuditEntry } from '@shared/domain'
import { DEFAULT_USER_NAME } from '@shared/settings'
import { formatInstantId } from '@shared/format/dates'
import { useLiveQuery, useRepositories } from '../../db'
import { Field } from '../../ui/form'
import { useOrganisationTimeZone } from '../../ui/clock'
import { ForumOptions } from './ForumOptions'
import { useForumOptions } from './hooks'
import { describeAuditSummary } from './audit-summary'

/** Empty keeps the default actor; a name is held to the audit trail's own limit. */
const userNameSchema = z.object({ name: auditEntrySchema.shape.actor })
type UserNameValues = z.input<typeof userNameSchema>

function UserName() {
  const { t } = useTranslation('dataSafety')
  const { settings } = useRepositories()
  const stored = useLiveQuery(() => settings.get('userName'), [settings])
  const [saved, setSaved] = useState(false)
  const { register, handleSubmit, formState } = useForm<UserNameValues>({
    values: { name: stored ?? '' },
    resetOptions: { keepDirtyValues: true },
    resolver: zodResolver(userNameSchema),
  })
  const save = handleSubmit(({ name: value = '' }) => {
    const name = value.trim()
    void (name ? settings.set('userName', name) : settings.reset('userName')).then(() =>
      setSaved(true),
    )
  })
  return (
    <form className="form__actions" noValidate onSubmit={(e) => void save(e)}>
      <Field label={t('audit.userName')} error={formState.errors.name}>
        {(control) => (
          <input
            {...control}
            data-testid="audit-user-name"
            placeholder={DEFAULT_USER_NAME}
            {...register('name', { onChange: () => setSaved(false) })}
          />
        )}
      </Field>
      <button type="submit" data-testid="audit-user-save">
        {t('audit.saveName')}
      </button>
      {saved && <span role="status">{t('audit.nameSaved')}</span>}
    </form>
  )
}

function AuditDetail({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation('dataSafety')
  const described = describeAuditSummary(entry, (field) =>
    t(`audit.fields.${field}`, { defaultValue: field }),
  )
  return 'text' in described ? described.text : t(described.key, described.values)
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
        <Field label={t('audit.forum')}>
          {(control) => (
            <select
              {...control}
              data-testid="audit-forum"
              value={forumId}
              onChange={(e) => {
                setForumId(e.target.value)
                setActionItemId('')
              }}
            >
              <option value="">{t('audit.allForums')}</option>
              <ForumOptions forums={forums} />
            </select>
          )}
        </Field>
        <Field label={t('audit.actionItem')}>
          {(control) => (
            <select
              {...control}
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
          )}
        </Field>
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
                  <AuditDetail entry={entry} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

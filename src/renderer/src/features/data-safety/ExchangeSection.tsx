import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import {
  conflictKey,
  EXCHANGE_TABLES,
  isBackupRefusal,
  type MergeChoice,
  type MergeConflict,
} from '@shared/backup'
import { idSchema } from '@shared/domain'
import { backupFileName, useRepositories, type OpenedPackage } from '../../db'
import { useOrganisationTimeZone } from '../../ui/clock'
import type { OpenedFile } from '../../platform/opened-file'
import { DropZone } from '../../ui/DropZone'
import { Field } from '../../ui/form'
import { ForumOptions } from './ForumOptions'
import {
  BACKUP_EXTENSIONS,
  pickBackupFile,
  saveBytes,
  useAppVersion,
  useForumOptions,
} from './hooks'
import { useOpenedFileFor } from './opened-file-route'
import { useRefusalText } from './refusal'

/** Empty forum: the first in the list. An empty passphrase leaves the package unencrypted. */
const exchangeFormSchema = z.object({
  forumId: z.union([z.literal(''), idSchema]),
  passphrase: z.string(),
})
type ExchangeValues = z.infer<typeof exchangeFormSchema>

function needsPassphrase(error: unknown): boolean {
  return (
    isBackupRefusal(error) &&
    (error.refusal.reason === 'passphrase_required' || error.refusal.reason === 'wrong_passphrase')
  )
}

function show(value: unknown): string {
  if (value instanceof Uint8Array) return `${value.length} byte`
  if (typeof value === 'string') return value.length > 300 ? `${value.slice(0, 300)}…` : value
  return JSON.stringify(value) ?? ''
}

function ConflictRow(props: {
  conflict: MergeConflict
  choice: MergeChoice
  onChoose: (choice: MergeChoice) => void
}) {
  const { t } = useTranslation('dataSafety')
  const { conflict } = props
  const locked = conflict.table === 'documents'
  const name = `conflict-${conflictKey(conflict)}`
  const local = conflict.local as unknown as Record<string, unknown>
  const incoming = conflict.incoming as unknown as Record<string, unknown>
  return (
    <fieldset className="data-safety__conflict" data-testid="conflict">
      <legend>
        {t(`tables.${conflict.table}`)} —{' '}
        {show(local.title ?? local.name ?? local.text ?? local.plan ?? conflict.id)}
      </legend>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('exchange.field')}</th>
            <th scope="col">{t('exchange.local')}</th>
            <th scope="col">{t('exchange.incoming')}</th>
          </tr>
        </thead>
        <tbody>
          {conflict.fields.map((field) => (
            <tr key={field} data-field={field}>
              <th scope="row">{field}</th>
              <td data-testid="conflict-local">{show(local[field])}</td>
              <td data-testid="conflict-incoming">{show(incoming[field])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {locked ? (
        <p className="hint">{t('exchange.locked')}</p>
      ) : (
        <div className="data-safety__choice">
          {(['local', 'incoming'] as const).map((side) => (
            <label key={side} className="checkbox">
              <input
                type="radio"
                name={name}
                value={side}
                checked={props.choice === side}
                onChange={() => props.onChoose(side)}
              />
              {t(`exchange.${side}`)}
            </label>
          ))}
        </div>
      )}
    </fieldset>
  )
}

export function ExchangeSection() {
  const { t } = useTranslation('dataSafety')
  const { exchange } = useRepositories()
  const forums = useForumOptions()
  const appVersion = useAppVersion()
  const timeZone = useOrganisationTimeZone()
  const refusalText = useRefusalText('exchange')
  const { register, watch, handleSubmit, getValues } = useForm<ExchangeValues>({
    defaultValues: { forumId: '', passphrase: '' },
    resolver: zodResolver(exchangeFormSchema),
  })
  const forumId = watch('forumId')
  const [opened, setOpened] = useState<OpenedPackage | null>(null)
  const [choices, setChoices] = useState<Record<string, MergeChoice>>({})
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  // A package dropped or handed over by the desktop: kept until it opens, so a forgotten
  // passphrase can be typed and the same file tried again.
  const [waiting, setWaiting] = useState<OpenedFile | null>(null)
  const selected = forumId || forums?.[0]?.id || ''

  async function run(work: () => Promise<void>) {
    setBusy(true)
    setMessage(null)
    try {
      await work()
    } catch (error) {
      setMessage({ ok: false, text: refusalText(error) })
    } finally {
      setBusy(false)
    }
  }

  const exportForum = ({ passphrase }: ExchangeValues) =>
    run(async () => {
      if (!appVersion || !selected) return
      const bytes = await exchange.exportForum(selected, {
        appVersion,
        passphrase: passphrase || undefined,
      })
      const name = backupFileName('forum', new Date(), timeZone)
      if (await saveBytes(name, bytes))
        setMessage({ ok: true, text: t('exchange.exported', { name }) })
    })

  async function preview(file: OpenedFile, passphrase: string) {
    setOpened(null)
    setWaiting(null)
    try {
      const result = await exchange.open(file.bytes, passphrase || undefined)
      setChoices({})
      setOpened(result)
    } catch (error) {
      if (needsPassphrase(error)) setWaiting(file)
      throw error
    }
  }

  const importPackage = ({ passphrase }: ExchangeValues) =>
    run(async () => {
      const file = waiting ?? (await pickBackupFile())
      if (file) await preview(file, passphrase)
    })

  // Only previewed: merging still waits for "Gabungkan".
  const offer = (file: OpenedFile) => run(() => preview(file, getValues('passphrase')))
  useOpenedFileFor('exchange', (file) => void offer(file))

  const apply = (pkg: OpenedPackage) =>
    run(async () => {
      const count = await exchange.apply(pkg, choices)
      setOpened(null)
      setMessage({ ok: true, text: t('exchange.applied', { count }) })
    })

  const sum = (counts: Record<string, number>) =>
    EXCHANGE_TABLES.reduce((total, table) => total + (counts[table] ?? 0), 0)

  return (
    <section className="data-safety__section" aria-labelledby="exchange-title">
      <h2 id="exchange-title">{t('exchange.title')}</h2>
      <p className="hint">{t('exchange.intro')}</p>
      <div className="grid grid--2">
        <Field label={t('exchange.forum')}>
          {(control) => (
            <select {...control} data-testid="exchange-forum" {...register('forumId')}>
              <ForumOptions forums={forums} />
            </select>
          )}
        </Field>
        <Field label={t('exchange.passphrase')}>
          {(control) => (
            <input
              {...control}
              data-testid="exchange-passphrase"
              type="password"
              autoComplete="off"
              {...register('passphrase')}
            />
          )}
        </Field>
      </div>
      <DropZone
        accept={BACKUP_EXTENSIONS}
        kind={t('dropKind')}
        disabled={busy}
        testId="exchange-drop"
        onFiles={([file]) => file && offer(file)}
      >
        <div className="form__actions">
          <button
            type="button"
            data-testid="exchange-export"
            disabled={busy || !selected}
            onClick={(e) => void handleSubmit(exportForum)(e)}
          >
            {t('exchange.export')}
          </button>
          <button
            type="button"
            data-testid="exchange-import"
            disabled={busy}
            onClick={(e) => void handleSubmit(importPackage)(e)}
          >
            {t('exchange.import')}
          </button>
          {waiting && (
            <span data-testid="exchange-waiting">
              {t('exchange.waiting', { name: waiting.name })}
            </span>
          )}
        </div>
      </DropZone>
      {opened && (
        <div className="data-safety__preview" data-testid="exchange-preview">
          <p data-testid="exchange-summary">
            {t('exchange.summary', {
              title: opened.manifest.forum?.title ?? '',
              add: sum(
                Object.fromEntries(EXCHANGE_TABLES.map((tb) => [tb, opened.plan.add[tb].length])),
              ),
              skip: sum(opened.plan.skipped),
              conflicts: opened.plan.conflicts.length,
            })}
          </p>
          {opened.plan.conflicts.length > 0 && (
            <>
              <h3>{t('exchange.conflictsTitle')}</h3>
              <p className="hint">{t('exchange.conflictsHint')}</p>
              {opened.plan.conflicts.map((conflict) => (
                <ConflictRow
                  key={conflictKey(conflict)}
                  conflict={conflict}
                  choice={choices[conflictKey(conflict)] ?? 'local'}
                  onChoose={(choice) =>
                    setChoices((current) => ({ ...current, [conflictKey(conflict)]: choice }))
                  }
                />
              ))}
            </>
          )}
          <button
            type="button"
            className="button--primary"
            data-testid="exchange-apply"
            disabled={busy}
            onClick={() => void apply(opened)}
          >
            {t('exchange.apply')}
          </button>
        </div>
      )}
      {message && (
        <p
          className={`banner ${message.ok ? 'banner--ok' : 'banner--error'}`}
          data-testid="exchange-message"
          role={message.ok ? 'status' : 'alert'}
        >
          {message.text}
        </p>
      )}
    </section>
  )
}

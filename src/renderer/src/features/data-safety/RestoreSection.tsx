import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isBackupRefusal, writeInto, type AnyBackupManifest } from '@shared/backup'
import { formatInstantId } from '@shared/format/dates'
import { useRepositories } from '../../db'
import { useOrganisationTimeZone } from '../../ui/clock'
import { clearAllDrafts } from '../../ui/draft-journal'
import { Field } from '../../ui/form'
import {
  autoBackupTarget,
  heldSource,
  openBackupSource,
  type OpenedBackup,
} from '../../platform/backup-stream'
import { isDesktop } from '../../platform/bridge'
import { DropZone } from '../../ui/DropZone'
import { BACKUP_EXTENSIONS, BACKUP_FILTERS, useAppVersion } from './hooks'
import { useOpenedFileFor } from './opened-file-route'
import { AutoBackupList } from './AutoBackupList'
import { useRefusalText } from './refusal'

type Stage =
  | { kind: 'idle' }
  | { kind: 'preview'; source: OpenedBackup; manifest: AnyBackupManifest; confirming: boolean }
  | { kind: 'restoring'; progress: number }

export function RestoreSection() {
  const { t } = useTranslation('dataSafety')
  const { backup } = useRepositories()
  const appVersion = useAppVersion()
  const timeZone = useOrganisationTimeZone()
  const refusalText = useRefusalText('restore')
  const [stage, setStage] = useState<Stage>({ kind: 'idle' })
  const [passphrase, setPassphrase] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)

  function refuse(cause: unknown) {
    setError(
      isBackupRefusal(cause)
        ? `${refusalText(cause)} ${t('restore.unchanged')}`
        : refusalText(cause),
    )
  }

  /**
   * The file stays where it is (main's handle, the browser's File) and is read a piece at a time:
   * the preview reads only its manifest.
   */
  async function choose(picked?: OpenedBackup | null) {
    setError(null)
    setDone(null)
    setPassphrase('')
    if (stage.kind === 'preview') void stage.source.close()
    setStage({ kind: 'idle' })
    try {
      const source = picked ?? (await openBackupSource({ kind: 'pick', filters: BACKUP_FILTERS }))
      if (!source) return
      try {
        setStage({
          kind: 'preview',
          source,
          manifest: await backup.inspect(source),
          confirming: false,
        })
      } catch (cause) {
        void source.close()
        throw cause
      }
    } catch (cause) {
      refuse(cause)
    }
  }

  // A backup opened from the desktop is previewed here; restoring still waits for the yes.
  useOpenedFileFor('restore', (file) => void choose(heldSource(file.bytes, file.name)))

  async function restore(source: OpenedBackup, manifest: AnyBackupManifest) {
    if (!appVersion) return
    setError(null)
    setStage({ kind: 'restoring', progress: 0 })
    try {
      await backup.restore(source, {
        appVersion,
        passphrase: passphrase || undefined,
        onProgress: (progress) => setStage({ kind: 'restoring', progress }),
        keepCurrent: isDesktop()
          ? async (write) => {
              await writeInto(await autoBackupTarget('pre_restore', timeZone), write)
            }
          : undefined,
      })
      void source.close()
      // Drafts typed over the replaced data would otherwise come back over the restored records.
      clearAllDrafts()
      setStage({ kind: 'idle' })
      setDone(t('restore.done', { date: formatInstantId(manifest.createdAt, timeZone) }))
    } catch (cause) {
      setStage({ kind: 'preview', source, manifest, confirming: false })
      refuse(cause)
    }
  }

  const counts = stage.kind === 'preview' ? stage.manifest.counts : {}
  return (
    <section className="data-safety__section" aria-labelledby="restore-title">
      <h2 id="restore-title">{t('restore.title')}</h2>
      <DropZone
        accept={BACKUP_EXTENSIONS}
        kind={t('dropKind')}
        disabled={stage.kind === 'restoring'}
        testId="restore-drop"
        onFiles={([file]) => file && choose(heldSource(file.bytes, file.name))}
      >
        <div className="form__actions">
          <button
            type="button"
            data-testid="restore-choose"
            disabled={stage.kind === 'restoring'}
            onClick={() => void choose()}
          >
            {t('restore.choose')}
          </button>
        </div>
      </DropZone>
      <AutoBackupList
        disabled={stage.kind === 'restoring'}
        onChoose={(source) => void choose(source)}
      />
      {stage.kind === 'preview' && (
        <div className="data-safety__preview" data-testid="restore-preview">
          <h3>{t('restore.preview')}</h3>
          <dl>
            <dt>{t('restore.createdAt')}</dt>
            <dd data-testid="restore-created">
              {formatInstantId(stage.manifest.createdAt, timeZone)}
            </dd>
            <dt>{t('restore.appVersion')}</dt>
            <dd>{stage.manifest.appVersion}</dd>
            <dt>{t('restore.schemaVersion')}</dt>
            <dd>{stage.manifest.schemaVersion}</dd>
            <dt>{t('restore.encrypted')}</dt>
            <dd>
              {stage.manifest.encryption ? t('restore.encryptedYes') : t('restore.encryptedNo')}
            </dd>
          </dl>
          <p data-testid="restore-counts">
            {t('restore.counts', {
              forums: counts.forums ?? 0,
              people: counts.people ?? 0,
              participants: counts.participants ?? 0,
              issues: counts.issues ?? 0,
              actionItems: counts.actionItems ?? 0,
              attachments: counts.attachments ?? 0,
            })}
          </p>
          {stage.manifest.encryption && (
            <Field label={t('restore.passphrase')}>
              {(control) => (
                <input
                  {...control}
                  data-testid="restore-passphrase"
                  type="password"
                  autoComplete="off"
                  value={passphrase}
                  onChange={(e) => setPassphrase(e.target.value)}
                />
              )}
            </Field>
          )}
          {!stage.confirming ? (
            <button
              type="button"
              data-testid="restore-start"
              onClick={() => setStage({ ...stage, confirming: true })}
            >
              {t('restore.start')}
            </button>
          ) : (
            <div className="banner" role="alert">
              <p>{isDesktop() ? t('restore.confirmText') : t('restore.confirmTextWeb')}</p>
              <button
                type="button"
                className="button--danger"
                data-testid="restore-confirm"
                onClick={() => void restore(stage.source, stage.manifest)}
              >
                {t('restore.confirm')}
              </button>
            </div>
          )}
        </div>
      )}
      {stage.kind === 'restoring' && (
        <p>
          {t('restore.restoring')}{' '}
          <progress
            data-testid="restore-progress"
            aria-label={t('backup.progress')}
            max={1}
            value={stage.progress}
          />
        </p>
      )}
      {error && (
        <p className="banner banner--error" data-testid="restore-error" role="alert">
          {error}
        </p>
      )}
      {done && (
        <p className="banner banner--ok" data-testid="restore-message" role="status">
          {done}
        </p>
      )}
    </section>
  )
}

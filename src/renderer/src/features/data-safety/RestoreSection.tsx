import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isBackupRefusal, type BackupManifest } from '@shared/backup'
import { formatInstantId } from '@shared/format/dates'
import { useRepositories } from '../../db'
import { useOrganisationTimeZone } from '../../ui/clock'
import { clearAllDrafts } from '../../ui/draft-journal'
import { Field } from '../../ui/form'
import { getPlatform, isDesktop } from '../../platform/bridge'
import { DropZone } from '../../ui/DropZone'
import { BACKUP_EXTENSIONS, pickBackupFile, useAppVersion } from './hooks'
import { useOpenedFileFor } from './opened-file-route'
import { AutoBackupList } from './AutoBackupList'
import { useRefusalText } from './refusal'

type Stage =
  | { kind: 'idle' }
  | { kind: 'preview'; bytes: Uint8Array; manifest: BackupManifest; confirming: boolean }
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

  async function choose(picked?: { bytes: Uint8Array } | null) {
    setError(null)
    setDone(null)
    setPassphrase('')
    setStage({ kind: 'idle' })
    try {
      const file = picked ?? (await pickBackupFile())
      if (!file) return
      setStage({
        kind: 'preview',
        bytes: file.bytes,
        manifest: backup.inspect(file.bytes),
        confirming: false,
      })
    } catch (cause) {
      refuse(cause)
    }
  }

  // A backup opened from the desktop is previewed here; restoring still waits for the yes.
  useOpenedFileFor('restore', (file) => void choose(file))

  async function restore(bytes: Uint8Array, manifest: BackupManifest) {
    if (!appVersion) return
    setError(null)
    setStage({ kind: 'restoring', progress: 0 })
    try {
      await backup.restore(bytes, {
        appVersion,
        passphrase: passphrase || undefined,
        onProgress: (progress) => setStage({ kind: 'restoring', progress }),
        keepCurrent: isDesktop()
          ? async (current) => {
              await getPlatform().writeAutoBackup({
                bytes: current,
                reason: 'pre_restore',
                timeZone,
              })
            }
          : undefined,
      })
      // Drafts typed over the replaced data would otherwise come back over the restored records.
      clearAllDrafts()
      setStage({ kind: 'idle' })
      setDone(t('restore.done', { date: formatInstantId(manifest.createdAt, timeZone) }))
    } catch (cause) {
      setStage({ kind: 'preview', bytes, manifest, confirming: false })
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
        onFiles={([file]) => choose(file)}
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
        onChoose={(file) => void choose(file)}
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
                onClick={() => void restore(stage.bytes, stage.manifest)}
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

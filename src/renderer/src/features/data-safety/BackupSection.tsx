import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { backupPassphraseProblem, writeInto, type ProgressStep } from '@shared/backup'
import { backupFileName, useRepositories } from '../../db'
import { isDesktop } from '../../platform/bridge'
import { openBackupTarget } from '../../platform/backup-stream'
import { BACKUP_FILTERS, recordBackup, useAppVersion } from './hooks'
import { useOrganisationTimeZone } from '../../ui/clock'
import { useErrorText } from '../../ui/errors'
import { Field } from '../../ui/form'

export function BackupSection() {
  const { t } = useTranslation('dataSafety')
  const errorText = useErrorText()
  const { backup, settings } = useRepositories()
  const appVersion = useAppVersion()
  const timeZone = useOrganisationTimeZone()
  const [passphrase, setPassphrase] = useState('')
  const [repeated, setRepeated] = useState('')
  const [progress, setProgress] = useState<number | null>(null)
  const [step, setStep] = useState<ProgressStep | null>(null)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)

  async function create() {
    if (!appVersion) return
    const problem = backupPassphraseProblem(passphrase, repeated)
    if (problem) {
      setMessage({ ok: false, text: t(`backup.passphraseProblem.${problem}`) })
      return
    }
    setMessage(null)
    setProgress(0)
    try {
      const name = backupFileName('cadangan', new Date(), timeZone)
      // Where first, then the backup streams there: a file of any size, one slice in memory.
      const target = await openBackupTarget({
        kind: 'save',
        suggestedName: name,
        filters: BACKUP_FILTERS,
      })
      if (!target) return
      await writeInto(target, (sink) =>
        backup.createTo(sink, {
          appVersion,
          passphrase: passphrase || undefined,
          onProgress: (fraction, at) => {
            setProgress(fraction)
            setStep(at)
          },
        }),
      )
      await recordBackup(settings, 'manual')
      setMessage({ ok: true, text: t('backup.done', { name }) })
    } catch (error) {
      setMessage({
        ok: false,
        text: t('backup.failed', { message: errorText(error) }),
      })
    } finally {
      setProgress(null)
      setStep(null)
    }
  }

  return (
    <section className="data-safety__section" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <p className="hint">{t('backup.intro')}</p>
      <Field label={t('backup.passphrase')} hint={t('backup.passphraseHint')}>
        {(control) => (
          <input
            {...control}
            data-testid="backup-passphrase"
            type="password"
            autoComplete="new-password"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
          />
        )}
      </Field>
      <Field label={t('backup.passphraseRepeat')}>
        {(control) => (
          <input
            {...control}
            data-testid="backup-passphrase-repeat"
            type="password"
            autoComplete="new-password"
            value={repeated}
            onChange={(e) => setRepeated(e.target.value)}
          />
        )}
      </Field>
      <div className="form__actions">
        <button
          type="button"
          className="button--primary"
          data-testid="backup-create"
          disabled={progress !== null || !appVersion}
          onClick={() => void create()}
        >
          {progress === null
            ? t('backup.create')
            : step === 'verify'
              ? t('backup.verifying')
              : t('backup.creating')}
        </button>
        {progress !== null && (
          <progress
            data-testid="backup-progress"
            aria-label={t('backup.progress')}
            max={1}
            value={progress}
          />
        )}
      </div>
      {message && (
        <p
          className={`banner ${message.ok ? 'banner--ok' : 'banner--error'}`}
          data-testid="backup-message"
          role="status"
        >
          {message.text}
        </p>
      )}
      <p className="hint" data-testid="auto-backup-note">
        {isDesktop() ? t('backup.auto') : t('backup.autoWeb')}
      </p>
    </section>
  )
}

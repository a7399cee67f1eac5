import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { formatInstantId } from '@shared/format/dates'
import { backupWarning, elapsedSince } from '@shared/rules/backup-health'
import { useBackupStatus } from '../data-safety'
import { useOrganisationTimeZone } from '../../ui/clock'

/** The last backup that reached a file, and what to do when the data is not safe enough. */
export function BackupCard({ now }: { now: Date }) {
  const { t } = useTranslation('home')
  const timeZone = useOrganisationTimeZone()
  const status = useBackupStatus()
  if (!status) return null
  const { last, autoFailedAt } = status
  const warning = backupWarning(last, autoFailedAt, now)
  const ago = last ? elapsedSince(last.at, now) : null
  return (
    <section className="card" aria-labelledby="home-backup" data-testid="home-backup">
      <h2 id="home-backup">{t('backup.title')}</h2>
      {last && ago && (
        <p data-testid="last-backup">
          {t('backup.last', {
            when: formatInstantId(last.at, timeZone, 'date-time'),
            kind: t(`backup.kind.${last.kind}`),
            ago:
              ago.unit === 'just_now'
                ? t('backup.ago.just_now')
                : t(`backup.ago.${ago.unit}`, { count: ago.count }),
          })}
        </p>
      )}
      {warning && (
        <p
          className={`banner ${warning === 'auto_failed' ? 'banner--error' : ''}`}
          data-testid="backup-warning"
        >
          {t(`backup.warning.${warning}`)}
        </p>
      )}
      <div className="form__actions">
        <Link className="button" to="/settings/data-safety">
          {t('backup.go')}
        </Link>
      </div>
    </section>
  )
}

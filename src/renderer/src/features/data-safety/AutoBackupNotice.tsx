import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useErrorText } from '../../ui/errors'

/** A failed automatic backup, told to the user in the app's frame with what to do about it. */
export function AutoBackupNotice(props: { failure: unknown; onDismiss: () => void }) {
  const { t } = useTranslation('dataSafety')
  const errorText = useErrorText()
  return (
    <div className="banner banner--error" role="alert" data-testid="auto-backup-failed">
      <p>{t('autoBackups.failed', { message: errorText(props.failure) })}</p>
      <div className="form__actions">
        <Link to="/settings/data-safety" onClick={props.onDismiss}>
          {t('autoBackups.goToBackup')}
        </Link>
        <button type="button" onClick={props.onDismiss}>
          {t('autoBackups.dismiss')}
        </button>
      </div>
    </div>
  )
}

import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ListAutoBackupsResponse } from '@shared/ipc/contract'
import { formatInstantId } from '@shared/format/dates'
import { formatNumberIn } from '@shared/format/numbers'
import { openBackupSource, type OpenedBackup } from '../../platform/backup-stream'
import { getPlatform } from '../../platform/bridge'
import { useOrganisationTimeZone } from '../../ui/clock'
import { useErrorText } from '../../ui/errors'

const MB = 1024 * 1024

/**
 * The automatic backups the shell keeps, newest first: one click hands a file to the restore's
 * own preview and confirmation. The browser keeps none, and the list says so.
 */
export function AutoBackupList(props: {
  disabled: boolean
  onChoose: (source: OpenedBackup) => void
}) {
  const { t, i18n } = useTranslation('dataSafety')
  const errorText = useErrorText()
  const timeZone = useOrganisationTimeZone()
  const [listed, setListed] = useState<ListAutoBackupsResponse | null>(null)
  const [error, setError] = useState<{ cause: unknown } | { text: string } | null>(null)

  useEffect(() => {
    let live = true
    getPlatform()
      .listAutoBackups()
      .then((result) => live && setListed(result))
      .catch((cause: unknown) => live && setError({ cause }))
    return () => {
      live = false
    }
  }, [])

  async function choose(name: string) {
    setError(null)
    try {
      const source = await openBackupSource({ kind: 'auto', name })
      if (source) props.onChoose(source)
    } catch (cause) {
      setError({ cause })
    }
  }

  async function openFolder() {
    setError(null)
    const { opened } = await getPlatform().openBackupFolder()
    if (!opened) setError({ text: t('autoBackups.folderNotOpened') })
  }

  return (
    <div className="data-safety__auto-backups" data-testid="auto-backups">
      <h3>{t('autoBackups.title')}</h3>
      {listed && !listed.kept && <p className="hint">{t('autoBackups.notKept')}</p>}
      {listed?.kept && listed.backups.length === 0 && (
        <p className="hint">{t('autoBackups.empty')}</p>
      )}
      {listed?.kept && listed.backups.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('autoBackups.when')}</th>
              <th scope="col">{t('autoBackups.reason')}</th>
              <th scope="col">{t('autoBackups.size')}</th>
              <th scope="col">{t('autoBackups.action')}</th>
            </tr>
          </thead>
          <tbody>
            {listed.backups.map((entry) => (
              <tr key={entry.name} data-testid="auto-backup-row">
                <td>{formatInstantId(entry.createdAt, timeZone)}</td>
                <td>{t(`autoBackups.reasons.${entry.reason}`)}</td>
                <td>{`${formatNumberIn(i18n.language, entry.bytes / MB, 1)} MB`}</td>
                <td>
                  <button
                    type="button"
                    disabled={props.disabled}
                    onClick={() => void choose(entry.name)}
                  >
                    {t('autoBackups.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {listed?.kept && (
        <div className="form__actions">
          <button type="button" onClick={() => void openFolder()}>
            {t('autoBackups.openFolder')}
          </button>
        </div>
      )}
      {error !== null && (
        <p className="banner banner--error" role="alert">
          {'text' in error ? error.text : errorText(error.cause)}
        </p>
      )}
    </div>
  )
}

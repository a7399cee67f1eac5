import { useEffect, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Attachment } from '@shared/domain'
import { formatDateId } from '@shared/format/dates'
import { formatNumber } from '@shared/format/numbers'
import { useLiveQuery, useRepositories } from '../../db'
import { fileContext, getPlatform } from '../../platform/bridge'

/** The dated monitoring log: every progress update, newest first, with its evidence. */
export function ProgressLog({ actionItemId }: { actionItemId: string }) {
  const { t } = useTranslation('followUp')
  const { t: tc } = useTranslation()
  const { progress } = useRepositories()
  const entries = useLiveQuery(() => progress.listForItem(actionItemId), [progress, actionItemId])

  return (
    <section data-testid="progress-log">
      <h2>{t('log.title')}</h2>
      {entries && entries.length === 0 && <p className="empty">{t('log.empty')}</p>}
      <ol className="log">
        {entries?.map(({ update, attachments }) => (
          <li key={update.id} className="log__entry" data-testid="log-entry">
            <p className="log__head">
              <strong>
                {t('log.entry', {
                  date: formatDateId(update.date),
                  status: tc(`enums.actionStatus.${update.status}`),
                  progress: update.progress,
                })}
              </strong>
              {update.author && ` ${t('log.by', { author: update.author })}`}
            </p>
            {update.realisasi && <p>{update.realisasi}</p>}
            {update.reason && <p>{t('log.reason', { reason: update.reason })}</p>}
            {attachments.length > 0 && (
              <ul className="evidence">
                {attachments.map((file) => (
                  <EvidenceFile key={file.id} file={file} />
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  )
}

function EvidenceFile({ file }: { file: Attachment }) {
  const { t } = useTranslation('followUp')
  const isImage = file.mime.startsWith('image/')
  const url = useMemo(
    () =>
      isImage
        ? URL.createObjectURL(new Blob([new Uint8Array(file.bytes)], { type: file.mime }))
        : null,
    [file, isImage],
  )
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url])
  return (
    <li className="evidence__file" data-testid="evidence-file">
      {url && <img src={url} alt={file.name} className="evidence__thumb" />}
      <button
        type="button"
        className="button--quiet"
        onClick={() =>
          void getPlatform().saveFile({
            suggestedName: file.name,
            bytes: new Uint8Array(file.bytes),
          })
        }
      >
        {t('log.download', { name: file.name, context: fileContext() })}
      </button>
      <small className="hint">{t('log.size', { size: formatNumber(file.size / 1024, 1) })}</small>
    </li>
  )
}

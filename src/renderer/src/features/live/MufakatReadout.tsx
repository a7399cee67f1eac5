import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ActionItem, Agreement, Forum } from '@shared/domain'
import { formatDateId } from '@shared/format/dates'
import { useRepositories } from '../../db'

interface Props {
  forum: Forum
  agreements: Agreement[]
  actionItems: ActionItem[]
  index: number
  onIndex: (index: number) => void
  onClose: () => void
}

/** Mufakat: the agreements read out one by one; when the room confirms, they are frozen. */
export function MufakatReadout({ forum, agreements, actionItems, index, onIndex, onClose }: Props) {
  const { t } = useTranslation('live')
  const { t: tc } = useTranslation()
  const { agreements: repo } = useRepositories()
  const [confirming, setConfirming] = useState(false)
  const agreement = agreements[index]
  const last = index === agreements.length - 1
  const frozen = forum.agreementsFrozenAt !== null

  return (
    <section
      className="card readout"
      role="dialog"
      aria-modal="false"
      aria-labelledby="readout-title"
      data-testid="readout"
    >
      <div className="page__header">
        <h2 id="readout-title">
          {t('readout.title', { number: index + 1, count: agreements.length })}
        </h2>
        <button type="button" onClick={onClose}>
          {tc('actions.close')}
        </button>
      </div>
      {agreement && (
        <>
          <p className="readout__text" data-testid="readout-text">
            {agreement.order}. {agreement.text}
          </p>
          <ul>
            {actionItems
              .filter((item) => item.agreementId === agreement.id)
              .map((item) => (
                <li key={item.id}>
                  {item.plan} — {item.responsibleUnit || item.responsiblePerson || '—'},{' '}
                  {item.deadlineLabel || (item.deadline ? formatDateId(item.deadline) : '—')}
                </li>
              ))}
          </ul>
        </>
      )}
      <div className="form__actions">
        <button type="button" disabled={index === 0} onClick={() => onIndex(index - 1)}>
          {t('readout.previous')}
        </button>
        <button
          type="button"
          disabled={last}
          onClick={() => onIndex(index + 1)}
          data-testid="readout-next"
        >
          {t('readout.next')}
        </button>
        {last && !frozen && !confirming && (
          <button
            type="button"
            className="button--primary"
            onClick={() => setConfirming(true)}
            data-testid="readout-confirm"
          >
            {t('readout.confirm')}
          </button>
        )}
        {confirming && !frozen && (
          <>
            <span>{t('readout.confirmQuestion')}</span>
            <button
              type="button"
              className="button--primary"
              onClick={() => void repo.freeze(forum.id).then(() => setConfirming(false))}
              data-testid="readout-freeze"
            >
              {t('readout.freeze')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {tc('actions.cancel')}
            </button>
          </>
        )}
      </div>
    </section>
  )
}

import { useTranslation } from 'react-i18next'
import type { DerivedActionStatus } from '@shared/domain'
import { DERIVED_STATUSES, type StatusCounts as Counts } from '@shared/follow-up/dashboard'
import { formatNumber } from '@shared/format/numbers'

/** One chip per status with its count; pressing a chip filters the list to it. */
export function StatusCounts(props: {
  counts: Counts
  status: DerivedActionStatus | ''
  onStatus: (status: DerivedActionStatus | '') => void
}) {
  const { t } = useTranslation('followUp')
  const { t: tc } = useTranslation()
  const { counts, status, onStatus } = props
  return (
    <div className="status-chips" role="group" aria-label={t('counts.label')}>
      <button
        type="button"
        className="chip"
        aria-pressed={status === ''}
        onClick={() => onStatus('')}
        data-testid="count-total"
      >
        {t('counts.total')} <strong data-testid="count-value">{formatNumber(counts.total)}</strong>
      </button>
      {DERIVED_STATUSES.map((key) => (
        <button
          key={key}
          type="button"
          className={`chip chip--${key}`}
          aria-pressed={status === key}
          onClick={() => onStatus(status === key ? '' : key)}
          data-testid={`count-${key}`}
        >
          {tc(`enums.actionStatus.${key}`)}{' '}
          <strong data-testid="count-value">{formatNumber(counts[key])}</strong>
        </button>
      ))}
    </div>
  )
}

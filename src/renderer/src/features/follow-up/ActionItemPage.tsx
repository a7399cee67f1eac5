import { Link, useParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { deriveActionStatus } from '@shared/rules'
import { formatDateId } from '@shared/format/dates'
import { useLiveQuery, useRepositories } from '../../db'
import { useToday } from '../../ui/clock'
import { deadlineText } from './labels'
import { ProgressForm } from './ProgressForm'
import { ProgressLog } from './ProgressLog'
import './follow-up.css'

/** One action item: what was agreed, where it stands, its monitoring log and a form to add to it. */
export function ActionItemPage() {
  const { actionItemId = '' } = useParams()
  const { t } = useTranslation('followUp')
  const { t: tc } = useTranslation()
  const { actionItems } = useRepositories()
  const today = useToday()
  const detail = useLiveQuery(() => actionItems.detail(actionItemId), [actionItems, actionItemId])

  if (detail === undefined) return <p>{t('loading')}</p>
  if (detail === null) {
    return (
      <section className="page">
        <p className="empty">{t('item.notFound')}</p>
        <Link to="/follow-up">{t('item.back')}</Link>
      </section>
    )
  }
  const { item, forum, agreement, issues } = detail
  const status = deriveActionStatus(item, today)
  const none = t('item.none')

  return (
    <section className="page" data-testid="action-item">
      <p className="eyebrow">
        <Link to="/follow-up">{t('item.back')}</Link>
      </p>
      <div className="page__header">
        <h1>{item.plan}</h1>
        <span className={`badge badge--${status}`} data-testid="item-status">
          {tc(`enums.actionStatus.${status}`)}
        </span>
      </div>
      <dl className="facts" data-testid="item-facts">
        <dt>{t('item.target')}</dt>
        <dd>{item.target || none}</dd>
        <dt>{t('item.unit')}</dt>
        <dd>{item.responsibleUnit || none}</dd>
        <dt>{t('item.person')}</dt>
        <dd>{item.responsiblePerson || none}</dd>
        <dt>{t('item.involved')}</dt>
        <dd>{item.involvedParties.join('; ') || none}</dd>
        <dt>{t('item.deadline')}</dt>
        <dd>
          {deadlineText(item, t('noDeadline'))}
          {item.deadlineLabel && item.deadline && ` (${formatDateId(item.deadline)})`}
        </dd>
        <dt>{t('item.priority')}</dt>
        <dd>{tc(`enums.priority.${item.priority}`)}</dd>
        <dt>{t('item.progress')}</dt>
        <dd data-testid="item-progress">{item.progress}%</dd>
        {item.statusReason && (
          <>
            <dt>{t('item.statusReason')}</dt>
            <dd>{item.statusReason}</dd>
          </>
        )}
        <dt>{t('item.realisasi')}</dt>
        <dd data-testid="item-realisasi">{item.realisasi || none}</dd>
        <dt>{t('item.completedDate')}</dt>
        <dd>{item.completedDate ? formatDateId(item.completedDate) : none}</dd>
        <dt>{t('item.forum')}</dt>
        <dd>{forum ? <Link to={`/forums/${forum.id}`}>{forum.title}</Link> : none}</dd>
        <dt>{t('item.agreement')}</dt>
        <dd>{agreement ? `${agreement.order}. ${agreement.text}` : none}</dd>
        <dt>{t('item.issues')}</dt>
        <dd>
          {issues.length === 0 ? (
            none
          ) : (
            <ul>
              {issues.map((issue) => (
                <li key={issue.id}>
                  #{issue.seq} {issue.text}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      <ProgressForm item={item} today={today} />
      <ProgressLog actionItemId={item.id} />
    </section>
  )
}

import { useTranslation } from 'react-i18next'
import { deriveActionStatus } from '@shared/rules'
import { formatDateId, todayIso } from '@shared/format/dates'
import { useLiveQuery, useRepositories } from '../../db'
import { useOrganisationProfile } from '../forums/hooks'

export function FollowUpPage() {
  const { t } = useTranslation('followUp')
  const { t: tc } = useTranslation()
  const { actionItems } = useRepositories()
  const profile = useOrganisationProfile()
  const items = useLiveQuery(() => actionItems.listByDeadline(500), [actionItems])
  const today = todayIso(new Date(), profile?.timeZone ?? 'WIB')

  return (
    <section className="page">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {items && items.length === 0 && <p className="empty">{t('empty')}</p>}
      {items && items.length > 0 && (
        <table className="table" data-testid="action-table">
          <thead>
            <tr>
              <th scope="col">{t('columns.plan')}</th>
              <th scope="col">{t('columns.unit')}</th>
              <th scope="col">{t('columns.deadline')}</th>
              <th scope="col">{t('columns.status')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => {
              const status = deriveActionStatus(item, today)
              return (
                <tr key={item.id}>
                  <td>{item.plan}</td>
                  <td>{item.responsibleUnit}</td>
                  <td>
                    {item.deadlineLabel ||
                      (item.deadline ? formatDateId(item.deadline) : t('noDeadline'))}
                  </td>
                  <td>
                    <span className={`badge badge--${status}`}>
                      {tc(`enums.actionStatus.${status}`)}
                    </span>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </section>
  )
}

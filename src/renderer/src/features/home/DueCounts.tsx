import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import type { DueFilter } from '@shared/follow-up/dashboard'
import { useLiveQuery, useRepositories } from '../../db'

const DUE: readonly DueFilter[] = ['overdue', 'within7', 'within30']

/**
 * Late and soon-due action items of "my unit" (every unit when none is set), each opening the
 * dashboard with the same filter, which starts from the same unit.
 */
export function DueCounts({ today }: { today: string }) {
  const { t } = useTranslation('home')
  const { overview, settings } = useRepositories()
  const data = useLiveQuery(async () => {
    const unit = await settings.get('myUnit')
    return { unit, counts: await overview.dueCounts(today, unit) }
  }, [overview, settings, today])
  if (!data) return null
  return (
    <section className="card" aria-labelledby="home-due" data-testid="home-due">
      <h2 id="home-due">{t('followUp.title')}</h2>
      <p className="hint">{t('followUp.scope', { unit: data.unit || t('followUp.allUnits') })}</p>
      <ul className="home__due">
        {DUE.map((due) => (
          <li key={due}>
            <Link
              to={`/follow-up?due=${due}`}
              className={due === 'overdue' && data.counts.overdue > 0 ? 'home__due--late' : ''}
              data-testid={`due-${due}`}
            >
              {t(`followUp.${due}`, { count: data.counts[due] })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}

import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import type { Forum } from '@shared/domain'
import { NEXT_STEP_PLACE, nextStep, type NextStep } from '@shared/rules/next-step'
import { useLiveQuery, useRepositories } from '../../db'

/** The forum room opens on the tab where the step is taken (LivePage reads ?tab=). */
const LIVE_TAB: Partial<Record<NextStep, string>> = {
  capture_issues: 'issues',
  draft_agreements: 'agreements',
  lock_agreements: 'agreements',
  plan_action_items: 'agreements',
  assign_units: 'agreements',
}

function placeUrl(forumId: string, step: NextStep): string | null {
  const place = NEXT_STEP_PLACE[step]
  if (place === null) return null
  if (place === 'follow-up') return '/follow-up'
  const tab = LIVE_TAB[step]
  return `/forums/${forumId}/${place}${tab ? `?tab=${tab}` : ''}`
}

/** One sentence on what to do next for the forum in progress, and a button to where it is done. */
export function NextStepCard({ forum, today }: { forum: Forum; today: string }) {
  const { t } = useTranslation('home')
  const { overview } = useRepositories()
  const step = useLiveQuery(
    async () => nextStep(await overview.forumProgress(forum, today)),
    [overview, forum, today],
  )
  if (!step) return null
  const place = NEXT_STEP_PLACE[step]
  const to = placeUrl(forum.id, step)
  return (
    <section
      className="card card--offer"
      aria-labelledby="home-next-step"
      data-testid="home-next-step"
      data-step={step}
    >
      <h2 id="home-next-step">{t('nextStep.title')}</h2>
      <p>
        {t('nextStep.forum', { title: forum.title })}{' '}
        <strong data-testid="next-step-text">{t(`nextStep.steps.${step}`)}</strong>
      </p>
      {to && place && (
        <div className="form__actions">
          <Link className="button button--primary" to={to}>
            {t(`nextStep.go.${place}`)}
          </Link>
        </div>
      )}
    </section>
  )
}

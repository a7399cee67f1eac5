import { useTranslation } from 'react-i18next'
import type { Forum } from '@shared/domain'
import { formatInstantId } from '@shared/format/dates'
import { useRevisionLog } from './hooks'
import { useOrganisationTimeZone } from '../../ui/clock'

/** Where the agreements stand: draft, frozen by mufakat, or a new revision opened by whom, when. */
export function RevisionBanner({ forum }: { forum: Forum }) {
  const { t } = useTranslation('live')
  const log = useRevisionLog(forum.id)
  const timeZone = useOrganisationTimeZone()
  const when = (iso: string) => formatInstantId(iso, timeZone)
  const latest = log?.[0]
  if (forum.agreementsFrozenAt !== null) {
    return (
      <p className="banner banner--ok" data-testid="revision-banner" data-state="frozen">
        {t('revision.frozen', {
          revision: forum.agreementsRevision,
          at: when(forum.agreementsFrozenAt),
        })}
      </p>
    )
  }
  if (latest && latest.kind === 'opened') {
    return (
      <p className="banner" data-testid="revision-banner" data-state="reopened">
        {t('revision.opened', {
          revision: latest.revision,
          actor: latest.actor,
          at: when(latest.at),
        })}
      </p>
    )
  }
  return (
    <p className="hint" data-testid="revision-banner" data-state="draft">
      {t('revision.draft')}
    </p>
  )
}

import { useState } from 'react'
import { useParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import type { Agreement, Forum } from '@shared/domain'
import { formatDayDateId } from '@shared/format/dates'
import { currentAgendaIndex, sortByVotes } from '@shared/live'
import { useLiveQuery, useRepositories } from '../../db'
import { useToday } from '../../ui/clock'
import { useForum } from '../forums'
import {
  Countdown,
  DEFAULT_PROJECTOR_LOOK,
  DEFAULT_PROJECTOR_VIEW,
  NEW_AGREEMENT_DRAFT,
  pickDayId,
  projectorSettingKey,
  useAgendaItems,
  useAgreements,
  useIssues,
  useProjectorChannel,
  type ProjectorLook,
  type ProjectorView,
} from '../live'
import './projector.css'

const MAX_ISSUES = 12

/**
 * The room's screen, without the app frame: large type, what the facilitator chooses. It shows only
 * what the room may read — texts, counts, times — never a phone number or an e-mail address.
 */
export function ProjectorPage() {
  const { forumId } = useParams()
  const { t } = useTranslation('live')
  const { settings } = useRepositories()
  const forum = useForum(forumId)
  const today = useToday()
  const dayId = forum ? pickDayId(forum.days, today) : undefined
  const items = useAgendaItems(dayId)
  const issues = useIssues(forumId)
  const agreements = useAgreements(forumId)
  const storedView = useLiveQuery(
    async () => (forumId ? settings.get(projectorSettingKey(forumId)) : null),
    [settings, forumId],
  )
  const storedLook = useLiveQuery(() => settings.get('projectorLook'), [settings])
  const [pushedView, setPushedView] = useState<ProjectorView | null>(null)
  const [pushedLook, setPushedLook] = useState<ProjectorLook | null>(null)
  const [drafts, setDrafts] = useState<ReadonlyMap<string, string>>(new Map())
  useProjectorChannel(forumId, (message) => {
    if (message.type === 'view') setPushedView(message.view)
    if (message.type === 'look') setPushedLook(message.look)
    if (message.type === 'draft') {
      setDrafts((current) => new Map(current).set(message.agreementId, message.text))
    }
  })
  const view = pushedView ?? storedView ?? DEFAULT_PROJECTOR_VIEW
  const look = pushedLook ?? storedLook ?? DEFAULT_PROJECTOR_LOOK
  const frame = {
    className: 'projector',
    'data-testid': 'projector',
    'data-theme': look.theme,
    'data-text-size': look.textSize,
  }

  if (!forum) return <main {...frame} />
  // Blank: the room looks at the speaker, not the screen; nothing at all is shown.
  if (view.mode === 'blank') return <main {...frame} data-mode="blank" aria-hidden="true" />
  if (view.mode === 'welcome') {
    return (
      <main {...frame} data-mode="welcome">
        <Welcome forum={forum} today={today} title={t('projector.welcomeTitle')} />
      </main>
    )
  }
  const agenda = items ?? []
  const current = agenda[currentAgendaIndex(agenda)]

  return (
    <main {...frame} data-mode={view.mode}>
      <header className="projector__header">
        <h1>{forum.title}</h1>
      </header>
      {view.mode === 'agenda' && (
        <section className="projector__agenda">
          <p className="projector__title" data-testid="projector-current">
            {current ? current.title : t('run.allDone')}
          </p>
          <Countdown item={current} large />
        </section>
      )}
      {view.mode === 'issues' && (
        <ol className="projector__list" data-testid="projector-issues">
          {sortByVotes((issues ?? []).filter((i) => i.mergedIntoId === null))
            .slice(0, MAX_ISSUES)
            .map((issue) => (
              <li key={issue.id}>
                {issue.text}
                {issue.votes > 0 && <span className="projector__votes"> ✋ {issue.votes}</span>}
              </li>
            ))}
        </ol>
      )}
      {view.mode === 'agreements' && (
        <AgreementsView
          agreements={agreements ?? []}
          drafts={drafts}
          title={t('agreements.title')}
        />
      )}
      {view.mode === 'readout' && (
        <p className="projector__readout" data-testid="projector-readout">
          {(() => {
            const agreement = (agreements ?? [])[view.readoutIndex]
            return agreement
              ? `${agreement.order}. ${drafts.get(agreement.id) ?? agreement.text}`
              : ''
          })()}
        </p>
      )}
    </main>
  )
}

/** Before the start: what the hall came for, when and where, and who invited it. */
function Welcome({ forum, today, title }: { forum: Forum; today: string; title: string }) {
  const { t } = useTranslation('live')
  const day = forum.days.find((d) => d.date === today) ?? forum.days[0]
  return (
    <section className="projector__welcome" data-testid="projector-welcome">
      <p className="projector__greeting">{title}</p>
      <h1 className="projector__forum-title">{forum.title}</h1>
      {day && (
        <p data-testid="projector-welcome-when">
          {formatDayDateId(day.date)} · {day.place}
        </p>
      )}
      <p className="projector__organiser">
        {t('projector.welcomeOrganiser', { organiser: forum.organiser })}
      </p>
    </section>
  )
}

function AgreementsView({
  agreements,
  drafts,
  title,
}: {
  agreements: Agreement[]
  drafts: ReadonlyMap<string, string>
  title: string
}) {
  const typing = drafts.get(NEW_AGREEMENT_DRAFT) ?? ''
  return (
    <section>
      <h2 className="projector__heading">{title}</h2>
      <ol className="projector__list" data-testid="projector-agreements">
        {agreements.map((agreement) => (
          <li key={agreement.id} data-testid="projector-agreement">
            {drafts.get(agreement.id) ?? agreement.text}
          </li>
        ))}
        {typing.trim() !== '' && (
          <li className="projector__typing" data-testid="projector-agreement-draft">
            {typing}
          </li>
        )}
      </ol>
    </section>
  )
}

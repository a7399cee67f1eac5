import { useState } from 'react'
import { useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import type { Issue } from '@shared/domain'
import { formatDayDateId } from '@shared/format/dates'
import { currentAgendaIndex } from '@shared/live'
import { useLiveQuery, useRepositories } from '../../db'
import { getPlatform } from '../../platform/bridge'
import { useToday } from '../../ui/clock'
import { ForumHeaderActions, useCurrentForum } from '../forums'
import {
  DEFAULT_PROJECTOR_VIEW,
  PROJECTOR_MODES,
  projectorSettingKey,
  useProjectorChannel,
  type ProjectorMode,
  type ProjectorView,
} from './projector-channel'
import { AgreementsPanel } from './AgreementsPanel'
import { ProjectorControls } from './ProjectorControls'
import {
  pickDayId,
  useAgendaItems,
  useAgreements,
  useIssues,
  useLiveActionItems,
  useParticipantChoices,
} from './hooks'
import { IssueCapture } from './IssueCapture'
import { IssueList } from './IssueList'
import { Countdown } from './LiveTimer'
import { MufakatReadout } from './MufakatReadout'
import { NotulenPanel } from './NotulenPanel'
import { RunPanel } from './RunPanel'
import { TabList, TabPanel } from '../../ui/Tabs'
import { SpeakerQueue } from './SpeakerQueue'
import './live.css'

const TABS = ['run', 'issues', 'agreements', 'notulen'] as const
type Tab = (typeof TABS)[number]

function isTab(value: string | null): value is Tab {
  return TABS.includes(value as Tab)
}

/** The facilitator's room: agenda and timer, speakers, issues, agreements, notulen. */
export function LivePage() {
  const { t } = useTranslation('live')
  const [params, setParams] = useSearchParams()
  const tabParam = params.get('tab')
  const tab: Tab = isTab(tabParam) ? tabParam : 'run'
  const { settings } = useRepositories()
  const forum = useCurrentForum()
  const forumId = forum.id
  const [chosenDayId, setChosenDayId] = useState<string | undefined>(undefined)
  const today = useToday()
  const dayId = chosenDayId ?? pickDayId(forum.days, today)
  const items = useAgendaItems(dayId)
  const participants = useParticipantChoices(forumId)
  const issues = useIssues(forumId)
  const agreements = useAgreements(forumId)
  const actionItems = useLiveActionItems(forumId)
  const storedView = useLiveQuery(
    async () => (forumId ? settings.get(projectorSettingKey(forumId)) : null),
    [settings, forumId],
  )
  const view = storedView ?? DEFAULT_PROJECTOR_VIEW
  const [readout, setReadout] = useState(false)
  const [readoutIndex, setReadoutIndex] = useState(0)
  const [captured, setCaptured] = useState<Issue[]>([])
  const send = useProjectorChannel(forumId)

  const agenda = items ?? []
  const currentIndex = currentAgendaIndex(agenda)
  const current = currentIndex >= 0 ? agenda[currentIndex] : undefined

  function setView(next: ProjectorView) {
    if (!forumId) return
    setReadoutIndex(next.readoutIndex)
    void settings.set(projectorSettingKey(forumId), next)
    send({ type: 'view', view: next })
  }

  function openReadout(index = 0) {
    setReadout(true)
    setView({ mode: 'readout', readoutIndex: index })
  }

  return (
    <section className="page live" data-testid="live-page">
      <ForumHeaderActions>
        <div className="live__projector">
          <label className="toolbar__field">
            {t('projector.show')}
            <select
              value={view.mode}
              onChange={(e) => setView({ ...view, mode: e.target.value as ProjectorMode })}
              data-testid="projector-mode"
            >
              {PROJECTOR_MODES.map((mode) => (
                <option key={mode} value={mode}>
                  {t(`projector.modes.${mode}`)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            onClick={() => void getPlatform().openProjector({ route: `#/projector/${forumId}` })}
            data-testid="projector-open"
          >
            {t('projector.open')}
          </button>
        </div>
      </ForumHeaderActions>
      <ProjectorControls send={send} />
      {forum.days.length > 1 && (
        <label className="toolbar__field">
          {t('day')}
          <select value={dayId} onChange={(e) => setChosenDayId(e.target.value)}>
            {forum.days.map((d) => (
              <option key={d.id} value={d.id}>
                {formatDayDateId(d.date)}
              </option>
            ))}
          </select>
        </label>
      )}
      <div className="live__strip" data-testid="live-strip">
        <span className="live__strip-title">{current ? current.title : t('run.noCurrent')}</span>
        <Countdown item={current} announce />
      </div>
      <TabList
        tabs={TABS}
        value={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        label={t('title')}
        labelOf={(key) => t(`tabs.${key}`)}
        idPrefix="live"
        className="tabs"
      />
      <TabPanel idPrefix="live" value={tab}>
        {tab === 'run' && dayId && (
          <div className="live__columns">
            <RunPanel dayId={dayId} items={agenda} currentIndex={currentIndex} />
            {current && <SpeakerQueue item={current} participants={participants ?? []} />}
          </div>
        )}
        {tab === 'issues' && (
          <>
            <IssueCapture
              forumId={forum.id}
              dayId={dayId ?? null}
              agendaItemId={current?.id ?? null}
              agendaTitle={current?.title ?? null}
              participants={participants ?? []}
              onCaptured={(issue) => setCaptured((list) => [...list.slice(-20), issue])}
            />
            <IssueList
              issues={issues ?? []}
              captured={captured.filter((i) => i.forumId === forum.id)}
              participants={participants ?? []}
              agreements={agreements ?? []}
            />
          </>
        )}
        {tab === 'agreements' && (
          <>
            {readout && (
              <MufakatReadout
                forum={forum}
                agreements={agreements ?? []}
                actionItems={actionItems ?? []}
                index={Math.min(readoutIndex, Math.max(0, (agreements?.length ?? 1) - 1))}
                onIndex={(index) => setView({ mode: 'readout', readoutIndex: index })}
                onClose={() => {
                  setReadout(false)
                  setView({ mode: 'agreements', readoutIndex: 0 })
                }}
              />
            )}
            <AgreementsPanel
              forum={forum}
              agreements={agreements ?? []}
              actionItems={actionItems ?? []}
              issues={issues ?? []}
              send={send}
              onReadout={() => openReadout(0)}
            />
          </>
        )}
        {tab === 'notulen' && (
          <NotulenPanel items={agenda} issues={issues ?? []} participants={participants ?? []} />
        )}
      </TabPanel>
    </section>
  )
}

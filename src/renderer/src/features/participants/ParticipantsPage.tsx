import { useMemo, useState } from 'react'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { formatDateId } from '@shared/format/dates'
import { useRepositories } from '../../db'
import { getPlatform } from '../../platform/bridge'
import { ForumHeaderActions, useCurrentForum, useOrganisationProfile } from '../forums'
import { AddFromRegistry } from './AddFromRegistry'
import { DaySelect } from './DaySelect'
import { useErrorMessage } from './error-text'
import { attendanceXlsx } from './export-attendance'
import {
  useAttendanceByParticipant,
  useForumAttendance,
  useForumParticipants,
  useParticipantById,
  type ParticipantEntry,
  useParticipantSearch,
} from './hooks'
import { ImportPanel } from './ImportPanel'
import { ParticipantList } from './ParticipantList'
import { PersonForm } from './PersonForm'
import { EMPTY_PERSON } from './PersonFields'
import { RecapPanel } from './RecapPanel'
import { recapOfDay } from './recap-model'
import './participants.css'
import { organisationTimeZone } from '@shared/rules/time-zone'

type Panel = 'none' | 'existing' | 'new' | 'import'

export function ParticipantsPage() {
  const { t } = useTranslation('participants')
  const { t: tc } = useTranslation()
  const forum = useCurrentForum()
  const forumId = forum.id
  const profile = useOrganisationProfile()
  const entries = useForumParticipants(forumId)
  const { participants } = useRepositories()
  const errorMessage = useErrorMessage()
  const [panel, setPanel] = useState<Panel>('none')
  const [query, setQuery] = useState('')
  const [showContacts, setShowContacts] = useState(false)
  const [chosenDay, setChosenDay] = useState<string | null>(null)
  const [notice, setNotice] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null)
  const dayId = chosenDay ?? forum.days[0]?.id
  const forumAttendance = useForumAttendance(forumId)
  const dayAttendance = useMemo(
    () =>
      (forumAttendance ?? [])
        .filter((a) => a.dayId === dayId)
        .sort((a, b) => a.checkedInAt.localeCompare(b.checkedInAt)),
    [forumAttendance, dayId],
  )
  const attendanceByParticipant = useAttendanceByParticipant(dayAttendance)
  const byParticipant = useParticipantById(entries)

  const shown = useParticipantSearch(entries, query, Number.MAX_SAFE_INTEGER)
  const listed = useMemo(() => new Set((entries ?? []).map((e) => e.person.id)), [entries])
  const recap = useMemo(
    () => recapOfDay(dayAttendance, byParticipant, forum.kind),
    [dayAttendance, byParticipant, forum.kind],
  )

  if (entries === undefined) return <p>{tc('status.loading')}</p>
  const day = forum.days.find((d) => d.id === dayId) ?? forum.days[0]!

  async function remove(entry: ParticipantEntry) {
    try {
      await participants.remove(entry.participant.id)
    } catch (error) {
      setNotice({ tone: 'error', text: `${entry.person.name}: ${errorMessage(error)}` })
    }
  }

  async function exportDay() {
    setNotice(null)
    try {
      const bytes = await attendanceXlsx(day, dayAttendance, byParticipant, {
        sheet: t('export.sheet'),
        columns: [
          t('columns.no'),
          t('columns.name'),
          t('columns.gender'),
          t('columns.unsur'),
          t('columns.institution'),
          t('fields.phone'),
          t('fields.nip'),
          t('export.time'),
          t('export.signed'),
          t('export.walkIn'),
        ],
        unsur: (u) => tc(`enums.unsur.${u}`),
        signed: t('export.yes'),
        walkIn: t('export.walkIn'),
        timeZone: organisationTimeZone(profile),
      })
      const result = await getPlatform().saveFile({
        suggestedName: t('export.fileName', { date: day.date }),
        bytes,
        filters: [{ name: 'Excel', extensions: ['xlsx'] }],
      })
      if (result.saved) setNotice({ tone: 'ok', text: t('export.saved') })
    } catch (error) {
      setNotice({ tone: 'error', text: errorMessage(error) })
    }
  }

  return (
    <section className="page" data-testid="participants-page">
      <ForumHeaderActions>
        <Link className="button button--primary" to={`/forums/${forum.id}/checkin`}>
          {t('actions.checkin')}
        </Link>
      </ForumHeaderActions>
      <div className="toolbar">
        <label className="toolbar__search">
          {t('searchLabel')}
          <input
            type="search"
            value={query}
            placeholder={t('searchPlaceholder')}
            onChange={(e) => setQuery(e.target.value)}
            data-testid="participants-search"
          />
        </label>
        <button
          type="button"
          className="button"
          onClick={() => setPanel('existing')}
          data-testid="participants-add-existing"
        >
          {t('actions.addExisting')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => setPanel('new')}
          data-testid="participants-add-new"
        >
          {t('actions.addNew')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => setPanel('import')}
          data-testid="participants-import"
        >
          {t('actions.import')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          aria-pressed={showContacts}
          onClick={() => setShowContacts(!showContacts)}
          data-testid="participants-contacts"
        >
          {showContacts ? t('actions.hideContacts') : t('actions.showContacts')}
        </button>
        <span className="toolbar__count" data-testid="participants-count">
          {t('count', { count: entries.length })}
        </span>
      </div>
      {notice && (
        <p
          className={`banner banner--${notice.tone}`}
          role={notice.tone === 'error' ? 'alert' : 'status'}
        >
          {notice.text}
        </p>
      )}
      {panel === 'existing' && (
        <AddFromRegistry forumId={forum.id} listed={listed} onClose={() => setPanel('none')} />
      )}
      {panel === 'new' && (
        <section className="card" aria-label={t('addNew.title')}>
          <h2>{t('addNew.title')}</h2>
          <PersonForm
            idPrefix="new-person"
            initial={EMPTY_PERSON}
            submitLabel={t('addNew.submit')}
            onCancel={() => setPanel('none')}
            onSubmit={async (values) => {
              await participants.addNew(forum.id, values)
              setNotice({ tone: 'ok', text: t('addNew.saved', { name: values.name }) })
            }}
          />
        </section>
      )}
      {panel === 'import' && (
        <ImportPanel forumId={forum.id} listed={entries} onClose={() => setPanel('none')} />
      )}
      <div className="participants-layout">
        <div>
          {entries.length === 0 ? (
            <p className="empty">{t('empty')}</p>
          ) : shown.length === 0 ? (
            <p className="empty">{t('noMatch')}</p>
          ) : (
            <ParticipantList
              entries={shown}
              attendance={attendanceByParticipant}
              showContacts={showContacts}
              onRemove={(entry) => void remove(entry)}
            />
          )}
        </div>
        <aside>
          <DaySelect
            days={forum.days}
            value={day.id}
            onChange={setChosenDay}
            label={t('recap.day')}
            testId="recap-day"
          />
          <RecapPanel
            recap={recap}
            perDay={forum.days.map((d, index) => ({
              label: t('recap.dayOption', { n: index + 1, date: formatDateId(d.date) }),
              count: (forumAttendance ?? []).filter((a) => a.dayId === d.id).length,
            }))}
          />
          <button
            type="button"
            className="button"
            onClick={() => void exportDay()}
            data-testid="export-day"
          >
            {t('actions.export')}
          </button>
        </aside>
      </div>
    </section>
  )
}

import { useEffect, useRef, useState } from 'react'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { useRepositories } from '../../db'
import { SignaturePad } from '../../ui/SignaturePad'
import { useToday } from '../../ui/clock'
import {
  ForumHeaderActions,
  useCurrentForum,
  useHiddenForumSections,
  useOrganisationProfile,
} from '../forums'
import {
  DaySelect,
  EMPTY_PERSON,
  PersonForm,
  useAttendanceByParticipant,
  useDayAttendance,
  useErrorMessage,
  useForumParticipants,
  useParticipantById,
  type ParticipantEntry,
  useParticipantSearch,
} from '../participants'
import { pickDayId } from '../live'
import { CheckinSearch } from './CheckinSearch'
import { KioskStart } from './KioskStart'
import './checkin.css'
import { organisationTimeZone } from '@shared/rules/time-zone'
import { formatInstantId } from '@shared/format/dates'

const RESULT_LIMIT = 30
const RECENT_LIMIT = 8

export function CheckinPage() {
  const { t } = useTranslation('checkin')
  const { t: tc } = useTranslation()
  const forum = useCurrentForum()
  const forumId = forum.id
  const profile = useOrganisationProfile()
  const entries = useForumParticipants(forumId)
  const { attendance } = useRepositories()
  const errorMessage = useErrorMessage()
  const [chosenDay, setChosenDay] = useState<string | null>(null)
  const [tablet, setTablet] = useState(false)
  useHiddenForumSections(tablet)
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [signature, setSignature] = useState<string | null>(null)
  const [notice, setNotice] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null)
  const [walkInOpen, setWalkInOpen] = useState(false)
  const searchRef = useRef<HTMLInputElement>(null)
  const confirmRef = useRef<HTMLButtonElement>(null)
  const today = useToday()
  // A second-day desk opened on day 1 records arrivals on the wrong day: open on today's.
  const dayId = chosenDay ?? pickDayId(forum.days, today)
  const dayAttendance = useDayAttendance(forumId, dayId)
  const present = useAttendanceByParticipant(dayAttendance)
  const byParticipant = useParticipantById(entries)
  const timeZone = organisationTimeZone(profile)

  const results = useParticipantSearch(entries, query, RESULT_LIMIT)
  const selected = selectedId ? byParticipant.get(selectedId) : undefined
  const selectedPresence = selected ? present.get(selected.participant.id) : undefined

  useEffect(() => {
    if (selected && !selectedPresence) confirmRef.current?.focus()
  }, [selected, selectedPresence])

  // Back at the search after each person (and when the desk opens): the next name can be typed.
  const loaded = entries !== undefined
  useEffect(() => {
    if (loaded && !selectedId) searchRef.current?.focus()
  }, [loaded, selectedId])

  if (entries === undefined) return <p>{tc('status.loading')}</p>
  const day = forum.days.find((d) => d.id === dayId) ?? forum.days[0]!

  function backToSearch() {
    setSelectedId(null)
    setSignature(null)
    setQuery('')
    setActive(0)
  }

  function choose(entry: ParticipantEntry) {
    setNotice(null)
    setSignature(present.get(entry.participant.id)?.signaturePng ?? null)
    setSelectedId(entry.participant.id)
  }

  // One scan of the name tag's QR code opens the person's signature, as choosing them would.
  function chooseByCode(participantId: string) {
    const entry = byParticipant.get(participantId)
    setQuery('')
    if (entry) return choose(entry)
    setNotice({ tone: 'error', text: t('scan.unknown') })
  }

  async function confirm(entry: ParticipantEntry) {
    try {
      const row = await attendance.checkIn({
        forumId: forum.id,
        dayId: day.id,
        participantId: entry.participant.id,
        signaturePng: signature,
      })
      setNotice({
        tone: 'ok',
        text: t('recent.checkedIn', {
          name: entry.person.name,
          time: formatInstantId(row.checkedInAt, timeZone, 'time-with-zone'),
        }),
      })
      backToSearch()
    } catch (error) {
      setNotice({ tone: 'error', text: errorMessage(error) })
    }
  }

  async function undo(attendanceId: string, name: string) {
    await attendance.undo(attendanceId)
    setNotice({ tone: 'ok', text: t('recent.undone', { name }) })
  }

  const recent = [...(dayAttendance ?? [])].reverse().slice(0, RECENT_LIMIT)
  const padHeight = tablet ? 320 : 180

  return (
    <section
      className={`page checkin${tablet ? ' checkin--tablet' : ''}`}
      data-testid="checkin-page"
    >
      <ForumHeaderActions>
        <div className="checkin__header-tools">
          <span className="checkin__counter" data-testid="checkin-counter">
            {t('counter', { present: dayAttendance?.length ?? 0, total: entries.length })}
          </span>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={tablet}
              onChange={(e) => setTablet(e.target.checked)}
              data-testid="checkin-tablet"
            />{' '}
            {t('tablet')}
          </label>
          <KioskStart forumId={forum.id} />
        </div>
      </ForumHeaderActions>
      <DaySelect
        days={forum.days}
        value={day.id}
        onChange={(id) => {
          setChosenDay(id)
          backToSearch()
        }}
        label={t('day')}
        testId="checkin-day"
      />
      {notice && (
        <p
          className={`banner banner--${notice.tone}`}
          role={notice.tone === 'error' ? 'alert' : 'status'}
          data-testid="checkin-notice"
        >
          {notice.text}
        </p>
      )}
      <div className="checkin__layout">
        <div>
          {selected ? (
            <section
              className="card checkin-selected"
              data-testid="checkin-selected"
              aria-labelledby="checkin-selected-name"
            >
              <h2 id="checkin-selected-name">{selected.person.name}</h2>
              <p className="hint">
                {tc(`enums.unsur.${selected.participant.unsur}`)}
                {selected.person.institution && ` · ${selected.person.institution}`}
                {selected.person.position && ` · ${selected.person.position}`}
              </p>
              {selectedPresence && (
                <p className="banner banner--ok" data-testid="checkin-already">
                  {t('selected.alreadyPresent', {
                    name: selected.person.name,
                    time: formatInstantId(selectedPresence.checkedInAt, timeZone, 'time-with-zone'),
                  })}
                </p>
              )}
              <SignaturePad
                key={selected.participant.id}
                value={signature}
                onChange={setSignature}
                label={t('selected.signatureLabel', { name: selected.person.name })}
                height={padHeight}
                testId="checkin-signature"
              />
              <div className="form__actions">
                {selectedPresence ? (
                  <>
                    <button
                      type="button"
                      className="button button--primary checkin__big"
                      disabled={signature === selectedPresence.signaturePng}
                      onClick={() =>
                        void attendance
                          .setSignature(selectedPresence.id, signature)
                          .then(backToSearch, (error: unknown) =>
                            setNotice({ tone: 'error', text: errorMessage(error) }),
                          )
                      }
                      data-testid="checkin-save-signature"
                    >
                      {t('selected.saveSignature')}
                    </button>
                    <button
                      type="button"
                      className="button checkin__big"
                      onClick={() => void undo(selectedPresence.id, selected.person.name)}
                      data-testid="checkin-undo-selected"
                    >
                      {t('recent.undo')}
                    </button>
                  </>
                ) : (
                  <button
                    ref={confirmRef}
                    type="button"
                    className="button button--primary checkin__big"
                    onClick={() => void confirm(selected)}
                    data-testid="checkin-confirm"
                  >
                    {t('selected.confirm')}
                  </button>
                )}
                <button
                  type="button"
                  className="button checkin__big"
                  onClick={backToSearch}
                  data-testid="checkin-back"
                >
                  {t('selected.back')}
                </button>
              </div>
              {!selectedPresence && <p className="hint">{t('selected.confirmHint')}</p>}
            </section>
          ) : (
            <CheckinSearch
              ref={searchRef}
              query={query}
              onQuery={(next) => {
                setQuery(next)
                setActive(0)
              }}
              results={results}
              active={Math.min(active, Math.max(results.length - 1, 0))}
              onActive={setActive}
              onChoose={choose}
              onCode={chooseByCode}
              present={present}
              timeZone={timeZone}
            />
          )}
          <section className="checkin-walkin">
            <button
              type="button"
              className="button checkin__big"
              aria-expanded={walkInOpen}
              onClick={() => setWalkInOpen(!walkInOpen)}
              data-testid="checkin-walkin-toggle"
            >
              {t('walkIn.title')}
            </button>
            {walkInOpen && (
              <PersonForm
                idPrefix="walkin"
                compact
                initial={EMPTY_PERSON}
                submitLabel={t('walkIn.submit')}
                onCancel={() => setWalkInOpen(false)}
                onSubmit={async (values) => {
                  const row = await attendance.walkIn(forum.id, day.id, values)
                  setWalkInOpen(false)
                  setNotice({
                    tone: 'ok',
                    text: t('recent.checkedIn', {
                      name: values.name,
                      time: formatInstantId(row.checkedInAt, timeZone, 'time-with-zone'),
                    }),
                  })
                  // The walk-in signs next, on the same screen as everyone else.
                  setSignature(null)
                  setSelectedId(row.participantId)
                }}
              />
            )}
          </section>
        </div>
        <aside className="card checkin-recent" aria-labelledby="checkin-recent-title">
          <h2 id="checkin-recent-title">{t('recent.title')}</h2>
          <ol className="link-list" data-testid="checkin-recent">
            {recent.map((row) => {
              const entry = byParticipant.get(row.participantId)
              const name = entry?.person.name ?? ''
              return (
                <li
                  key={row.id}
                  className="checkin-recent__row"
                  data-testid="checkin-recent-row"
                  data-name={name}
                >
                  <span>
                    <strong>{formatInstantId(row.checkedInAt, timeZone, 'time-with-zone')}</strong>{' '}
                    {name}
                    <small className="hint">
                      {' '}
                      · {row.signaturePng ? t('recent.signed') : t('recent.unsigned')}
                    </small>
                  </span>
                  <button
                    type="button"
                    className="button button--quiet"
                    onClick={() => void undo(row.id, name)}
                    aria-label={`${t('recent.undo')}: ${name}`}
                  >
                    {t('recent.undo')}
                  </button>
                </li>
              )
            })}
          </ol>
          <Link to={`/forums/${forum.id}/participants`}>{t('participants:recap.title')}</Link>
        </aside>
      </div>
    </section>
  )
}

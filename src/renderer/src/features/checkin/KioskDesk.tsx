import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { verifyPassphrase } from '@shared/backup'
import { formatDayDateId, formatInstantId } from '@shared/format/dates'
import { organisationTimeZone } from '@shared/rules/time-zone'
import type { KioskSetting } from '@shared/settings'
import { useRepositories } from '../../db'
import { useToday } from '../../ui/clock'
import { Field } from '../../ui/form'
import { SignaturePad } from '../../ui/SignaturePad'
import { useForum, useOrganisationProfile } from '../forums'
import { pickDayId } from '../live'
import {
  useAttendanceByParticipant,
  useDayAttendance,
  useErrorMessage,
  useForumParticipants,
  useParticipantById,
  useParticipantSearch,
  type ParticipantEntry,
} from '../participants'
import { CheckinSearch } from './CheckinSearch'
import './checkin.css'

const RESULT_LIMIT = 12
/** Long enough to read one's name and time, short enough that the next person need not wait. */
const KIOSK_THANKS_MS = 6_000

/**
 * The self sign-in desk on a second laptop or tablet: search, signature, thank-you, and nothing
 * else — no list of who came, no undo, no way into the rest of the app without the PIN.
 */
export function KioskDesk({ kiosk }: { kiosk: KioskSetting }) {
  const { t } = useTranslation('checkin')
  const forum = useForum(kiosk.forumId)
  const profile = useOrganisationProfile()
  const entries = useForumParticipants(kiosk.forumId)
  const { attendance } = useRepositories()
  const errorMessage = useErrorMessage()
  const today = useToday()
  const dayId = forum ? pickDayId(forum.days, today) : undefined
  const present = useAttendanceByParticipant(useDayAttendance(kiosk.forumId, dayId))
  const byParticipant = useParticipantById(entries)
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const [selected, setSelected] = useState<ParticipantEntry | null>(null)
  const [signature, setSignature] = useState<string | null>(null)
  const [thanks, setThanks] = useState<{ name: string; time: string } | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const results = useParticipantSearch(entries, query, RESULT_LIMIT)
  const searchRef = useRef<HTMLInputElement>(null)
  const timeZone = organisationTimeZone(profile)

  useEffect(() => {
    if (!thanks) return
    const timer = setTimeout(() => setThanks(null), KIOSK_THANKS_MS)
    return () => clearTimeout(timer)
  }, [thanks])

  useEffect(() => {
    if (!selected && !thanks) searchRef.current?.focus()
  }, [selected, thanks, entries])

  if (!forum || !dayId) return null

  function reset() {
    setSelected(null)
    setSignature(null)
    setQuery('')
    setActive(0)
  }

  function choose(entry: ParticipantEntry) {
    setProblem(null)
    setSignature(null)
    setSelected(entry)
  }

  async function confirm(entry: ParticipantEntry) {
    try {
      const row = await attendance.checkIn({
        forumId: kiosk.forumId,
        dayId: dayId!,
        participantId: entry.participant.id,
        signaturePng: signature,
      })
      reset()
      setThanks({
        name: entry.person.name,
        time: formatInstantId(row.checkedInAt, timeZone, 'time-with-zone'),
      })
    } catch (error) {
      setProblem(errorMessage(error))
    }
  }

  const day = forum.days.find((d) => d.id === dayId)!
  const presence = selected ? present.get(selected.participant.id) : undefined
  return (
    <main className="page checkin checkin--tablet kiosk" data-testid="kiosk">
      <header className="kiosk__header">
        <div>
          <p className="hint">{formatDayDateId(day.date)}</p>
          <h1>{t('kiosk.title', { forum: forum.title })}</h1>
        </div>
        <KioskExit kiosk={kiosk} />
      </header>
      {problem && (
        <p className="banner banner--error" role="alert">
          {problem}
        </p>
      )}
      {thanks ? (
        <section className="card kiosk__thanks" role="status" data-testid="kiosk-thanks">
          <h2>{t('kiosk.thanks', { name: thanks.name })}</h2>
          <p>{t('kiosk.thanksTime', { time: thanks.time })}</p>
          <button
            type="button"
            className="button button--primary checkin__big"
            onClick={() => setThanks(null)}
          >
            {t('kiosk.next')}
          </button>
        </section>
      ) : selected ? (
        <section className="card checkin-selected" aria-labelledby="kiosk-name">
          <h2 id="kiosk-name">{selected.person.name}</h2>
          {presence ? (
            <p className="banner banner--ok" data-testid="kiosk-already">
              {t('kiosk.already', {
                time: formatInstantId(presence.checkedInAt, timeZone, 'time-with-zone'),
              })}
            </p>
          ) : (
            <>
              <SignaturePad
                value={signature}
                onChange={setSignature}
                label={t('selected.signatureLabel', { name: selected.person.name })}
                height={320}
                testId="checkin-signature"
              />
              <button
                type="button"
                className="button button--primary checkin__big"
                onClick={() => void confirm(selected)}
              >
                {t('selected.confirm')}
              </button>
            </>
          )}
          <button type="button" className="button checkin__big" onClick={reset}>
            {t('selected.back')}
          </button>
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
          onCode={(id) => {
            const entry = byParticipant.get(id)
            setQuery('')
            if (entry) choose(entry)
            else setProblem(t('scan.unknown'))
          }}
          present={present}
          timeZone={timeZone}
        />
      )}
    </main>
  )
}

/** The staff's way out: the PIN set when the kiosk was started. */
function KioskExit({ kiosk }: { kiosk: KioskSetting }) {
  const { t } = useTranslation('checkin')
  const { settings } = useRepositories()
  const [open, setOpen] = useState(false)
  const [pin, setPin] = useState('')
  const [wrong, setWrong] = useState(false)

  async function leave(event: FormEvent) {
    event.preventDefault()
    if (await verifyPassphrase(pin, kiosk.pin)) return settings.reset('kiosk')
    setWrong(true)
    setPin('')
  }

  if (!open) {
    return (
      <button type="button" className="button button--quiet" onClick={() => setOpen(true)}>
        {t('kiosk.exit')}
      </button>
    )
  }
  return (
    <form className="kiosk__exit" noValidate onSubmit={(e) => void leave(e)}>
      <Field label={t('kiosk.exitPin')} errorText={wrong ? t('kiosk.wrongPin') : undefined}>
        {(control) => (
          <input
            {...control}
            type="password"
            inputMode="numeric"
            autoComplete="off"
            autoFocus
            value={pin}
            onChange={(e) => {
              setPin(e.target.value)
              setWrong(false)
            }}
          />
        )}
      </Field>
      <button type="submit" className="button">
        {t('kiosk.exitConfirm')}
      </button>
      <button type="button" className="button button--quiet" onClick={() => setOpen(false)}>
        {t('kiosk.cancel')}
      </button>
    </form>
  )
}

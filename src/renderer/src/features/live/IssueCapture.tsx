import { useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  issueTypeSchema,
  type Issue,
  SKM_UNSUR,
  unsurSchema,
  type IssueType,
  type SkmUnsur,
  type Unsur,
} from '@shared/domain'
import { useRepositories } from '../../db'
import type { ParticipantChoice } from './hooks'
import { ParticipantPicker } from './ParticipantPicker'
import { EnumOptions } from '../../ui/EnumOptions'
import { useErrorText } from '../../ui/errors'
import { Field } from '../../ui/form'

const TYPE_KEYS = ['Digit1', 'Digit2', 'Digit3', 'Digit4', 'Digit5'] as const
const RAISER_UNSUR: readonly (Unsur | null)[] = [null, ...unsurSchema.options]
const SKM_CYCLE: readonly (SkmUnsur | null)[] = [null, ...SKM_UNSUR]

function cycle<T>(list: readonly T[], current: T, step: 1 | -1): T {
  const index = list.indexOf(current)
  return list[(index + step + list.length) % list.length] as T
}

interface Props {
  forumId: string
  dayId: string | null
  agendaItemId: string | null
  agendaTitle: string | null
  participants: ParticipantChoice[]
  /** Called once the issue is committed, so the list can show it without waiting for a re-read. */
  onCaptured: (issue: Issue) => void
}

/**
 * Keyboard-first capture: type and press Enter. Alt+1…5 set the type, Alt+R picks the raiser
 * (Escape: anonim), Alt+U and Alt+S step through the raiser's unsur and the SKM unsur. The field
 * clears only once the issue is committed to the database.
 */
export function IssueCapture(props: Props) {
  const { t } = useTranslation('live')
  const { t: tc } = useTranslation()
  const { issues } = useRepositories()
  const textRef = useRef<HTMLInputElement>(null)
  const raiserRef = useRef<HTMLInputElement>(null)
  const [text, setText] = useState('')
  const [type, setType] = useState<IssueType>('masukan')
  const [skm, setSkm] = useState<SkmUnsur | null>(null)
  const [raiser, setRaiser] = useState<ParticipantChoice | null>(null)
  const [raiserUnsur, setRaiserUnsur] = useState<Unsur | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const errorText = useErrorText()
  const [busy, setBusy] = useState(false)

  async function submit() {
    if (busy) return
    if (text.trim() === '') {
      setStatus(t('capture.empty'))
      return
    }
    setBusy(true)
    try {
      const issue = await issues.capture({
        forumId: props.forumId,
        dayId: props.dayId,
        agendaItemId: props.agendaItemId,
        text,
        type,
        skmUnsur: skm,
        raiserParticipantId: raiser?.id ?? null,
        raiserUnsur: raiser?.unsur ?? raiserUnsur,
      })
      props.onCaptured(issue)
      setText('')
      setType('masukan')
      setSkm(null)
      setRaiser(null)
      setRaiserUnsur(null)
      setStatus(t('capture.saved', { seq: issue.seq }))
    } catch (error) {
      // The typed text stays in the field: the reason says what to change before trying again.
      setStatus(errorText(error))
    } finally {
      setBusy(false)
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' && !event.altKey && !event.shiftKey) {
      event.preventDefault()
      void submit()
      return
    }
    if (!event.altKey) return
    const typeIndex = (TYPE_KEYS as readonly string[]).indexOf(event.code)
    if (typeIndex >= 0) {
      event.preventDefault()
      setType(issueTypeSchema.options[typeIndex] as IssueType)
    } else if (event.code === 'KeyR') {
      event.preventDefault()
      raiserRef.current?.focus()
    } else if (event.code === 'KeyU') {
      event.preventDefault()
      setRaiserUnsur((u) => cycle(RAISER_UNSUR, u, event.shiftKey ? -1 : 1))
    } else if (event.code === 'KeyS') {
      event.preventDefault()
      setSkm((s) => cycle(SKM_CYCLE, s, event.shiftKey ? -1 : 1))
    }
  }

  const shownUnsur = raiser?.unsur ?? raiserUnsur

  return (
    <section className="card capture" aria-labelledby="capture-title" data-testid="issue-capture">
      <h2 id="capture-title">{t('capture.title')}</h2>
      <p className="hint">
        {props.agendaTitle
          ? t('capture.linkedTo', { title: props.agendaTitle })
          : t('capture.noItem')}
      </p>
      <Field label={t('capture.text')} hint={t('capture.shortcuts')}>
        {(control) => (
          <input
            {...control}
            ref={textRef}
            className="capture__text"
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={onKeyDown}
            data-testid="capture-text"
          />
        )}
      </Field>
      <div className="grid grid--4 capture__meta">
        <Field label={t('capture.type')}>
          {(control) => (
            <select
              {...control}
              value={type}
              onChange={(e) => setType(e.target.value as IssueType)}
              data-testid="capture-type"
            >
              {issueTypeSchema.options.map((option, index) => (
                <option key={option} value={option}>
                  {index + 1}. {tc(`enums.issueType.${option}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div>
          <ParticipantPicker
            ref={raiserRef}
            label={t('capture.raiser')}
            participants={props.participants}
            testId="capture-raiser"
            onPick={(choice) => {
              setRaiser(choice)
              textRef.current?.focus()
            }}
          />
          <p className="capture__chip" data-testid="capture-raiser-chosen">
            {raiser ? raiser.name : t('capture.anonymous')}
          </p>
        </div>
        <Field label={t('capture.unsur')}>
          {(control) => (
            <select
              {...control}
              value={shownUnsur ?? ''}
              disabled={raiser !== null}
              onChange={(e) => setRaiserUnsur((e.target.value || null) as Unsur | null)}
              data-testid="capture-unsur"
            >
              <option value="">—</option>
              <EnumOptions values={unsurSchema.options} labels="enums.unsur" />
            </select>
          )}
        </Field>
        <Field label={t('capture.skm')}>
          {(control) => (
            <select
              {...control}
              value={skm ?? ''}
              onChange={(e) => setSkm((e.target.value || null) as SkmUnsur | null)}
              data-testid="capture-skm"
            >
              <option value="">—</option>
              {SKM_UNSUR.map((u, index) => (
                <option key={u} value={u}>
                  U{index + 1} {tc(`enums.skmUnsur.${u}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="form__actions">
        <button type="button" className="button--primary" onClick={() => void submit()}>
          {t('capture.submit')}
        </button>
        <span role="status" className="hint" data-testid="capture-status">
          {status}
        </span>
      </div>
    </section>
  )
}

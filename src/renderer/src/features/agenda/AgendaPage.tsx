import { useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { AGENDA_ITEM_MAX_MIN, type AgendaKind, type ForumDay } from '@shared/domain'
import { formatDayDateId, formatTimeId } from '@shared/format/dates'
import { agendaOverrunMin, moveInList, scheduleAgenda } from '@shared/live'
import { useRepositories } from '../../db'
import { ForumHeaderActions, useCurrentForum } from '../forums'
import { pickDayId, useAgendaItems, useParticipantChoices } from '../live'
import { useToday } from '../../ui/clock'
import { AgendaItemRow } from './AgendaItemRow'
import { DurationField, KindField } from './AgendaFields'
import './agenda.css'
import { Field } from '../../ui/form'

export function AgendaPage() {
  const { t } = useTranslation('agenda')
  const forum = useCurrentForum()
  const forumId = forum.id
  const [chosenDayId, setChosenDayId] = useState<string | undefined>(undefined)
  const today = useToday()
  const dayId = chosenDayId ?? pickDayId(forum.days, today)
  const day = forum.days.find((d) => d.id === dayId)
  const items = useAgendaItems(dayId)
  const participants = useParticipantChoices(forumId)
  const { agenda } = useRepositories()
  const [dragIndex, setDragIndex] = useState<number | null>(null)

  const schedule = day && items ? scheduleAgenda(items, day.end) : []
  const overrun = day && items ? agendaOverrunMin(items, day.end) : 0

  async function move(from: number, to: number) {
    if (!items || !dayId) return
    await agenda.reorder(
      dayId,
      moveInList(items, from, to).map((item) => item.id),
    )
  }

  return (
    <section className="page" data-testid="agenda-page">
      <ForumHeaderActions>
        <Link className="button button--primary" to={`/forums/${forum.id}/live`}>
          {t('goLive')}
        </Link>
      </ForumHeaderActions>
      {forum.days.length > 1 && (
        <label className="toolbar__search">
          {t('day')}
          <select
            value={dayId}
            onChange={(e) => setChosenDayId(e.target.value)}
            data-testid="agenda-day"
          >
            {forum.days.map((d) => (
              <option key={d.id} value={d.id}>
                {formatDayDateId(d.date)}
              </option>
            ))}
          </select>
        </label>
      )}
      {day && (
        <p className="lead">
          {t('dayWindow', {
            date: formatDayDateId(day.date),
            start: formatTimeId(day.start),
            end: formatTimeId(day.end),
          })}
        </p>
      )}
      {overrun > 0 && day && (
        <p className="banner banner--error" role="alert" data-testid="agenda-overrun">
          {t('overrun', { count: overrun, end: formatTimeId(day.end) })}
        </p>
      )}
      <p className="hint">{t('reorderHint')}</p>
      <ol className="agenda-list" data-testid="agenda-list" data-loaded={items !== undefined}>
        {(items ?? []).map((item, index) => (
          <AgendaItemRow
            key={item.id}
            item={item}
            index={index}
            count={items?.length ?? 0}
            end={schedule[index]?.end ?? item.plannedStart}
            pastDayEnd={(schedule[index]?.pastDayEndMin ?? 0) > 0}
            participants={participants ?? []}
            onMove={move}
            dragging={dragIndex === index}
            onDragStart={() => setDragIndex(index)}
            onDrop={() => {
              if (dragIndex !== null) void move(dragIndex, index)
              setDragIndex(null)
            }}
          />
        ))}
      </ol>
      {items && items.length === 0 && <p className="empty">{t('empty')}</p>}
      {day && <AddAgendaItem forumId={forum.id} day={day} />}
    </section>
  )
}

function AddAgendaItem({ forumId, day }: { forumId: string; day: ForumDay }) {
  const { t } = useTranslation('agenda')
  const { agenda } = useRepositories()
  const [title, setTitle] = useState('')
  const [kind, setKind] = useState<AgendaKind>('paparan')
  const [duration, setDuration] = useState('30')
  const [error, setError] = useState<string | null>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    const minutes = Number(duration)
    if (title.trim() === '') return setError(t('titleRequired'))
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > AGENDA_ITEM_MAX_MIN) {
      return setError(t('durationInvalid'))
    }
    await agenda.add(forumId, day.id, day.start, { title, kind, durationMin: minutes })
    setTitle('')
    setError(null)
  }

  return (
    <form className="card agenda-add" onSubmit={submit} data-testid="agenda-add">
      <h2>{t('add')}</h2>
      <div className="grid grid--3">
        <Field label={t('itemTitle')}>
          {(control) => (
            <input {...control} value={title} onChange={(e) => setTitle(e.target.value)} />
          )}
        </Field>
        <KindField value={kind} onChange={setKind} />
        <DurationField value={duration} onChange={setDuration} />
      </div>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button--primary">
        {t('addButton')}
      </button>
    </form>
  )
}

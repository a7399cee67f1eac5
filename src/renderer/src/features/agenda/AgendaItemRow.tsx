import { useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { AgendaItem } from '@shared/domain'
import { formatTimeId, isValidTime } from '@shared/format/dates'
import { useRepositories } from '../../db'
import type { ParticipantChoice } from '../live'
import { useAutosave } from '../../ui/useAutosave'
import { Field } from '../../ui/form'
import { DurationField, KindField } from './AgendaFields'

interface Props {
  item: AgendaItem
  index: number
  count: number
  end: string
  pastDayEnd: boolean
  participants: ParticipantChoice[]
  onMove: (from: number, to: number) => Promise<void>
  dragging: boolean
  onDragStart: () => void
  onDrop: () => void
}

export function AgendaItemRow(props: Props) {
  const { item, index, count, participants } = props
  const { t } = useTranslation('agenda')
  const { agenda } = useRepositories()
  const title = useAutosave(`agenda:${item.id}:title`, item.title, (value) =>
    agenda.update(item.id, { title: value }),
  )
  const duration = useAutosave(`agenda:${item.id}:duration`, String(item.durationMin), (value) =>
    agenda.update(item.id, { durationMin: Number(value) }),
  )

  function onKeyDown(event: KeyboardEvent) {
    if (!event.altKey) return
    if (event.key === 'ArrowUp' && index > 0) {
      event.preventDefault()
      void props.onMove(index, index - 1)
    } else if (event.key === 'ArrowDown' && index < count - 1) {
      event.preventDefault()
      void props.onMove(index, index + 1)
    }
  }

  // A tick shows at once and stays until the stored list agrees, so a quick second click neither
  // waits for the first write nor undoes it (the write itself builds on what is stored).
  const [ticks, setTicks] = useState<ReadonlyMap<string, boolean>>(new Map())
  const [storedIds, setStoredIds] = useState(item.speakerIds)
  if (storedIds !== item.speakerIds) {
    setStoredIds(item.speakerIds)
    setTicks((prev) => withoutSettled(prev, item.speakerIds))
  }
  const isSpeaker = (id: string) => ticks.get(id) ?? item.speakerIds.includes(id)

  function toggleSpeaker(id: string, on: boolean) {
    setTicks((prev) => new Map(prev).set(id, on))
    agenda.setSpeaker(item.id, id, on).catch(() =>
      setTicks((prev) => {
        const next = new Map(prev)
        next.delete(id)
        return next
      }),
    )
  }

  const speakerNames = participants.filter((p) => isSpeaker(p.id)).map((p) => p.name)

  return (
    <li
      className={`agenda-row${props.pastDayEnd ? ' agenda-row--late' : ''}${props.dragging ? ' agenda-row--dragging' : ''}`}
      data-testid="agenda-item"
      draggable
      onDragStart={props.onDragStart}
      onDragOver={(e) => e.preventDefault()}
      onDrop={props.onDrop}
      onKeyDown={onKeyDown}
    >
      <span className="agenda-row__handle" aria-hidden="true">
        ⠿
      </span>
      <span className="agenda-row__time" data-testid="agenda-item-time">
        {formatTimeId(item.plannedStart)}–{formatTimeId(props.end.slice(0, 5))}
      </span>
      <div className="agenda-row__fields">
        <Field label={t('itemTitle')}>
          {(control) => (
            <input
              {...control}
              value={title.value}
              onChange={(e) => title.onChange(e.target.value)}
              onBlur={() => void title.flush()}
            />
          )}
        </Field>
        <KindField value={item.kind} onChange={(kind) => void agenda.update(item.id, { kind })} />
        <Field label={t('plannedStart')}>
          {(control) => (
            <input
              {...control}
              type="time"
              value={item.plannedStart}
              onChange={(e) => {
                if (isValidTime(e.target.value)) {
                  void agenda.update(item.id, { plannedStart: e.target.value })
                }
              }}
            />
          )}
        </Field>
        <DurationField
          value={duration.value}
          onChange={duration.onChange}
          onBlur={() => void duration.flush()}
          invalid={Boolean(duration.error)}
        />
        <Field label={t('moderator')}>
          {(control) => (
            <select
              {...control}
              value={item.moderatorId ?? ''}
              onChange={(e) => void agenda.update(item.id, { moderatorId: e.target.value || null })}
            >
              <option value="">—</option>
              {participants.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <details className="field agenda-row__speakers">
          <summary>
            {t('speakers')}: {speakerNames.length > 0 ? speakerNames.join('; ') : '—'}
          </summary>
          <ul className="checklist">
            {participants.map((p) => (
              <li key={p.id}>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={isSpeaker(p.id)}
                    onChange={(e) => toggleSpeaker(p.id, e.target.checked)}
                  />
                  {p.name}
                  {p.institution && <span className="hint"> — {p.institution}</span>}
                </label>
              </li>
            ))}
          </ul>
        </details>
      </div>
      <div className="agenda-row__actions">
        <button
          type="button"
          aria-label={t('moveUp', { title: item.title })}
          title={t('moveUpHint')}
          disabled={index === 0}
          onClick={() => void props.onMove(index, index - 1)}
        >
          ↑
        </button>
        <button
          type="button"
          aria-label={t('moveDown', { title: item.title })}
          title={t('moveDownHint')}
          disabled={index === count - 1}
          onClick={() => void props.onMove(index, index + 1)}
        >
          ↓
        </button>
        <button
          type="button"
          className="button--danger"
          aria-label={t('remove', { title: item.title })}
          onClick={() => void agenda.remove(item.id)}
        >
          ✕
        </button>
      </div>
      {props.pastDayEnd && <span className="badge badge--terlambat">{t('pastDayEnd')}</span>}
    </li>
  )
}

function withoutSettled(ticks: ReadonlyMap<string, boolean>, stored: readonly string[]) {
  const pending = [...ticks].filter(([id, on]) => stored.includes(id) !== on)
  return pending.length === ticks.size ? ticks : new Map(pending)
}

import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AgendaItem } from '@shared/domain'
import { formatDayDateId, formatInstantId, formatTimeId } from '@shared/format/dates'
import { runDayMismatch, type RunDayMismatch } from '@shared/live'
import { useRepositories } from '../../db'
import { useCurrentForum } from '../forums'
import { Countdown } from './LiveTimer'
import { useOrganisationTimeZone } from '../../ui/clock'

interface Props {
  dayId: string
  items: AgendaItem[]
  currentIndex: number
}

/** Start, next and back: each records the actual times that feed the notulen. */
export function RunPanel({ dayId, items, currentIndex }: Props) {
  const { t } = useTranslation('live')
  const { t: tc } = useTranslation()
  const { agenda } = useRepositories()
  const timeZone = useOrganisationTimeZone()
  const current = items[currentIndex]
  const next = items[currentIndex + 1]
  const previous = currentIndex > 0 ? items[currentIndex - 1] : undefined
  const running = current !== undefined && current.actualStart !== null
  const at = () => new Date().toISOString()
  const day = useCurrentForum().days.find((d) => d.id === dayId)
  const [otherDay, setOtherDay] = useState<RunDayMismatch | null>(null)

  function onStart(item: AgendaItem, confirmed = false) {
    const mismatch =
      day && !confirmed ? runDayMismatch(day.date, items, new Date(), timeZone) : null
    setOtherDay(mismatch)
    if (!mismatch) void agenda.start(dayId, item.id, at())
  }

  async function onNext() {
    if (!current) return
    if (next) await agenda.start(dayId, next.id, at())
    else await agenda.finish(current.id, at())
  }

  return (
    <section className="card run-panel" aria-labelledby="run-title" data-testid="run-panel">
      <h2 id="run-title">{t('run.title')}</h2>
      {items.length === 0 && <p className="empty">{t('run.noAgenda')}</p>}
      {current ? (
        <div className="run-panel__current">
          <p className="eyebrow">{tc(`enums.agendaKind.${current.kind}`)}</p>
          <p className="run-panel__title" data-testid="current-item">
            {current.title}
          </p>
          <Countdown item={current} large />
          <div className="form__actions">
            {!running && (
              <button
                type="button"
                className="button--primary"
                onClick={() => onStart(current)}
                disabled={otherDay !== null}
                data-testid="run-start"
              >
                {t('run.start')}
              </button>
            )}
            {running && (
              <button
                type="button"
                className="button--primary"
                onClick={() => void onNext()}
                data-testid="run-next"
              >
                {next ? t('run.next') : t('run.finish')}
              </button>
            )}
            <button
              type="button"
              disabled={!previous}
              onClick={() => previous && void agenda.back(current.id, previous.id)}
              data-testid="run-back"
            >
              {t('run.back')}
            </button>
          </div>
          {otherDay && !running && (
            <div
              className="banner"
              role="alertdialog"
              aria-labelledby="run-other-day"
              data-testid="run-other-day"
            >
              <p id="run-other-day">
                {t('run.otherDay', {
                  today: formatDayDateId(otherDay.today),
                  day: formatDayDateId(otherDay.day),
                })}
              </p>
              <div className="form__actions">
                <button
                  type="button"
                  className="button--primary"
                  autoFocus
                  onClick={() => onStart(current, true)}
                >
                  {t('run.otherDayStart')}
                </button>
                <button type="button" onClick={() => setOtherDay(null)}>
                  {t('run.otherDayCancel')}
                </button>
              </div>
            </div>
          )}
        </div>
      ) : (
        items.length > 0 && (
          <p className="banner banner--ok" data-testid="run-done">
            {t('run.allDone')}
          </p>
        )
      )}
      <ol className="run-list" data-testid="run-list">
        {items.map((item, index) => (
          <li
            key={item.id}
            className={`run-list__item${index === currentIndex ? ' run-list__item--current' : ''}`}
            data-testid="run-item"
          >
            <span className="run-list__planned">{formatTimeId(item.plannedStart)}</span>
            <span className="run-list__title">{item.title}</span>
            <span className="run-list__actual" data-testid="run-item-actual">
              {item.actualStart ? formatInstantId(item.actualStart, timeZone, 'time') : ''}
              {item.actualEnd ? `–${formatInstantId(item.actualEnd, timeZone, 'time')}` : ''}
            </span>
          </li>
        ))}
      </ol>
    </section>
  )
}

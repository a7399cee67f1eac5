import { useTranslation } from 'react-i18next'
import { UNSUR_MASYARAKAT, type AgendaItem } from '@shared/domain'
import { formatClock, runningTurnIndex, speakingTimeByUnsur, turnSeconds } from '@shared/live'
import { useRepositories } from '../../db'
import type { ParticipantChoice } from './hooks'
import { ParticipantPicker } from './ParticipantPicker'
import { useNow } from './useNow'

const UNSUR_ROWS = [...UNSUR_MASYARAKAT, 'penyelenggara', 'tanpa_unsur'] as const

/** A termin's speakers: queue, one timer at a time, and speaking time per unsur. */
export function SpeakerQueue({
  item,
  participants,
}: {
  item: AgendaItem
  participants: ParticipantChoice[]
}) {
  const now = useNow()
  const { t } = useTranslation('live')
  const { t: tc } = useTranslation()
  const { agenda } = useRepositories()
  const queue = item.speakerQueue ?? []
  const running = runningTurnIndex(queue)
  const totals = speakingTimeByUnsur(queue, now)
  const at = () => new Date().toISOString()

  return (
    <section className="card" aria-labelledby="queue-title" data-testid="speaker-queue">
      <h2 id="queue-title">{t('queue.title', { item: item.title })}</h2>
      <ParticipantPicker
        label={t('queue.add')}
        participants={participants}
        testId="queue-search"
        onPick={(choice, typed) => {
          if (choice) {
            void agenda.addTurn(item.id, {
              participantId: choice.id,
              name: choice.name,
              unsur: choice.unsur,
            })
          } else if (typed) {
            void agenda.addTurn(item.id, { participantId: null, name: typed, unsur: null })
          }
        }}
      />
      {queue.length === 0 && <p className="hint">{t('queue.empty')}</p>}
      <ol className="queue-list">
        {queue.map((turn, index) => (
          <li
            key={turn.id}
            className={
              index === running ? 'queue-list__item queue-list__item--speaking' : 'queue-list__item'
            }
            data-testid="queue-turn"
          >
            <span className="queue-list__name">
              {turn.name}
              {turn.unsur && <span className="hint"> · {tc(`enums.unsur.${turn.unsur}`)}</span>}
            </span>
            <span className="queue-list__time" data-testid="turn-time">
              {formatClock(turnSeconds(turn, now))}
            </span>
            {index === running ? (
              <button
                type="button"
                onClick={() => void agenda.stopTurn(item.id, turn.id, at())}
                data-testid="turn-stop"
              >
                {t('queue.stop')}
              </button>
            ) : (
              <button
                type="button"
                onClick={() => void agenda.startTurn(item.id, turn.id, at())}
                data-testid="turn-start"
              >
                {turn.startedAt ? t('queue.resume') : t('queue.start')}
              </button>
            )}
            <button
              type="button"
              aria-label={t('queue.up', { name: turn.name })}
              disabled={index === 0}
              onClick={() => void agenda.moveTurn(item.id, turn.id, -1)}
            >
              ↑
            </button>
            <button
              type="button"
              aria-label={t('queue.down', { name: turn.name })}
              disabled={index === queue.length - 1}
              onClick={() => void agenda.moveTurn(item.id, turn.id, 1)}
            >
              ↓
            </button>
            <button
              type="button"
              className="button--danger"
              aria-label={t('queue.remove', { name: turn.name })}
              onClick={() => void agenda.removeTurn(item.id, turn.id)}
            >
              ✕
            </button>
          </li>
        ))}
      </ol>
      <h3>{t('queue.byUnsur')}</h3>
      <table className="table" data-testid="speaking-by-unsur">
        <tbody>
          {UNSUR_ROWS.filter((u) => totals[u] !== undefined).map((u) => (
            <tr key={u} data-testid={`unsur-total-${u}`}>
              <th scope="row">
                {u === 'tanpa_unsur' ? t('queue.noUnsur') : tc(`enums.unsur.${u}`)}
              </th>
              <td>{formatClock(totals[u] ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

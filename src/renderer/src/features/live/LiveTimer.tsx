import { useTranslation } from 'react-i18next'
import type { AgendaItem } from '@shared/domain'
import { countdownState, formatClock } from '@shared/live'
import { useNow } from './useNow'

/**
 * The countdown of the current item; its colour turns as the time runs out and over. It keeps its
 * own clock so that only the countdown re-renders each second, not the screen around it.
 */
export function Countdown({
  item,
  large = false,
}: {
  item: AgendaItem | undefined
  large?: boolean
}) {
  const { t } = useTranslation('live')
  const now = useNow()
  if (!item) return null
  const state = countdownState(item, now)
  return (
    <div
      className={`countdown countdown--${state.phase}${large ? ' countdown--large' : ''}`}
      data-testid="countdown"
      data-phase={state.phase}
      role="timer"
      aria-label={t(`countdown.${state.phase}`)}
    >
      <span className="countdown__clock" data-testid="countdown-clock">
        {formatClock(state.remainingSec)}
      </span>
      <span className="countdown__label">{t(`countdown.${state.phase}`)}</span>
    </div>
  )
}

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
  announce = false,
}: {
  item: AgendaItem | undefined
  large?: boolean
  /** Say "hampir habis" and "melewati waktu" to screen readers (one countdown per screen). */
  announce?: boolean
}) {
  const { t } = useTranslation('live')
  const now = useNow()
  const state = item ? countdownState(item, now) : undefined
  // The region's text changes only with the phase, so it is read once per change, not each second.
  const announcement =
    item && (state?.phase === 'ending' || state?.phase === 'overrun')
      ? t('countdown.announce', { phase: t(`countdown.${state.phase}`), title: item.title })
      : ''
  const region = announce && (
    <p className="visually-hidden" role="status" data-testid="countdown-announcement">
      {announcement}
    </p>
  )
  if (!item || !state) return region || null
  return (
    <>
      {region}
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
    </>
  )
}

export type CountdownPhase = 'idle' | 'running' | 'ending' | 'overrun' | 'done'

export interface CountdownState {
  phase: CountdownPhase
  elapsedSec: number
  /** Negative once the item runs over its planned duration. */
  remainingSec: number
}

/** The last stretch of an item is shown in a warning colour before it turns to overrun. */
export const ENDING_WARNING_SEC = 120

interface RunningItem {
  durationMin: number
  actualStart: string | null
  actualEnd: string | null
}

/** The countdown of an agenda item at an injected instant: nothing here reads the clock. */
export function countdownState(item: RunningItem, now: Date): CountdownState {
  const planned = item.durationMin * 60
  if (item.actualStart === null) return { phase: 'idle', elapsedSec: 0, remainingSec: planned }
  const until = item.actualEnd === null ? now.getTime() : Date.parse(item.actualEnd)
  const elapsedSec = Math.max(0, Math.floor((until - Date.parse(item.actualStart)) / 1000))
  const remainingSec = planned - elapsedSec
  if (item.actualEnd !== null) return { phase: 'done', elapsedSec, remainingSec }
  const phase =
    remainingSec < 0 ? 'overrun' : remainingSec <= ENDING_WARNING_SEC ? 'ending' : 'running'
  return { phase, elapsedSec, remainingSec }
}

/** "12:05", "-03:20" for an overrun, "1:02:03" past an hour. */
export function formatClock(totalSec: number): string {
  const sign = totalSec < 0 ? '-' : ''
  const abs = Math.abs(totalSec)
  const h = Math.floor(abs / 3600)
  const m = Math.floor((abs % 3600) / 60)
  const s = abs % 60
  const mm = String(m).padStart(2, '0')
  const ss = String(s).padStart(2, '0')
  return h > 0 ? `${sign}${h}:${mm}:${ss}` : `${sign}${mm}:${ss}`
}

interface Sequenced {
  order: number
  actualStart: string | null
  actualEnd: string | null
}

/**
 * The item the room is in: the running one, else the first not yet finished (about to start);
 * -1 when every item is finished.
 */
export function currentAgendaIndex(items: readonly Sequenced[]): number {
  const running = items.findIndex((i) => i.actualStart !== null && i.actualEnd === null)
  if (running >= 0) return running
  return items.findIndex((i) => i.actualEnd === null)
}

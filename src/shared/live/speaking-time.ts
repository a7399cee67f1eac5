import type { Unsur } from '../domain/enums'

interface TimedTurn {
  unsur: Unsur | null
  startedAt: string | null
  endedAt: string | null
}

/** Seconds one turn has lasted at `now` (0 before it starts). */
export function turnSeconds(turn: Omit<TimedTurn, 'unsur'>, now: Date): number {
  if (turn.startedAt === null) return 0
  const until = turn.endedAt === null ? now.getTime() : Date.parse(turn.endedAt)
  return Math.max(0, Math.floor((until - Date.parse(turn.startedAt)) / 1000))
}

export type UnsurKey = Unsur | 'tanpa_unsur'

/** Speaking time totalled per unsur, so the facilitator can balance the voices. */
export function speakingTimeByUnsur(
  turns: readonly TimedTurn[],
  now: Date,
): Partial<Record<UnsurKey, number>> {
  const totals: Partial<Record<UnsurKey, number>> = {}
  for (const turn of turns) {
    const key: UnsurKey = turn.unsur ?? 'tanpa_unsur'
    totals[key] = (totals[key] ?? 0) + turnSeconds(turn, now)
  }
  return totals
}

/** The turn whose timer runs, if any: only one voice speaks at a time. */
export function runningTurnIndex(turns: readonly TimedTurn[]): number {
  return turns.findIndex((t) => t.startedAt !== null && t.endedAt === null)
}

import { todayIso, type TimeZoneCode } from '../format/dates'

export interface RunDayMismatch {
  /** Today on the organisation's clock. */
  today: string
  /** The forum day being run. */
  day: string
}

/**
 * Starting a day's run records actual times on today's clock: when today is not that forum day
 * (a forum of 17 March run in a rehearsal on 3 December), the times would state another date, so
 * the first start of the day asks first. Once something ran that day, later starts do not ask.
 */
export function runDayMismatch(
  dayDate: string,
  items: readonly { actualStart: string | null }[],
  now: Date,
  timeZone: TimeZoneCode,
): RunDayMismatch | null {
  if (items.some((item) => item.actualStart !== null)) return null
  const today = todayIso(now, timeZone)
  return today === dayDate ? null : { today, day: dayDate }
}

import { formatTimeId, instantTimeIso, type TimeZoneCode } from '@shared/format/dates'

/** "08.41 WITA": a check-in time on the organisation's clock. */
export function clockTime(iso: string, timeZone: TimeZoneCode): string {
  return formatTimeId(instantTimeIso(iso, timeZone), timeZone)
}

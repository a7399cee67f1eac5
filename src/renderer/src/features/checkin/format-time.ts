import { TIME_ZONE_OFFSET_HOURS, type TimeZoneCode } from '@shared/format/dates'

/**
 * "08.41 WITA": a stored instant as the clock in the organisation's zone reads it, whatever zone
 * the laptop is set to.
 */
export function clockTime(iso: string, timeZone: TimeZoneCode): string {
  const shifted = new Date(new Date(iso).getTime() + TIME_ZONE_OFFSET_HOURS[timeZone] * 3_600_000)
  const hours = String(shifted.getUTCHours()).padStart(2, '0')
  const minutes = String(shifted.getUTCMinutes()).padStart(2, '0')
  return `${hours}.${minutes} ${timeZone}`
}

import { addDays, differenceInCalendarDays, getDay } from 'date-fns'
import { terbilang } from './terbilang'

// Dates here are calendar dates ('YYYY-MM-DD'). Never new Date('2026-03-09'): that is UTC midnight,
// still 8 March on a machine west of Greenwich, and documents must print the same date on every
// machine. Day arithmetic goes through date-fns on the local midnight of the same calendar date.

export type TimeZoneCode = 'WIB' | 'WITA' | 'WIT'

export const TIME_ZONE_OFFSET_HOURS: Readonly<Record<TimeZoneCode, number>> = {
  WIB: 7,
  WITA: 8,
  WIT: 9,
}

export const MONTHS_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const

/** Indexed like Date#getDay(): 0 is Minggu. */
export const DAYS_ID = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const

export interface CalendarDate {
  year: number
  month: number
  day: number
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/
// Hours of 24 and above are accepted when reading back minutesToTime output, see there.
const LOOSE_TIME = /^(\d{2,}):([0-5]\d)$/
const MS_PER_HOUR = 3_600_000

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`daysInMonth: invalid year/month ${year}-${month}`)
  }
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0')
}

function toIso({ year, month, day }: CalendarDate): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`
}

/** Splits a real calendar date 'YYYY-MM-DD'; throws RangeError for anything else. */
export function parseIsoDate(isoDate: string): CalendarDate {
  const match = ISO_DATE.exec(isoDate)
  if (match) {
    const year = Number(match[1])
    const month = Number(match[2])
    const day = Number(match[3])
    if (year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return { year, month, day }
    }
  }
  throw new RangeError(`Not a calendar date (YYYY-MM-DD): '${isoDate}'`)
}

export function isValidIsoDate(s: string): boolean {
  try {
    parseIsoDate(s)
    return true
  } catch {
    return false
  }
}

/** Local midnight of a calendar date, years 1..99 included (new Date(y, …) maps them to 19xx). */
function localDate({ year, month, day }: CalendarDate): Date {
  const date = new Date(2000, 0, 1)
  date.setFullYear(year, month - 1, day)
  return date
}

function calendarDateOf(date: Date): CalendarDate {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() }
}

function monthName(month: number): string {
  return MONTHS_ID[month - 1] ?? ''
}

export function dayNameId(isoDate: string): string {
  return DAYS_ID[getDay(localDate(parseIsoDate(isoDate)))] ?? ''
}

/** "9 Maret 2026" */
export function formatDateId(isoDate: string): string {
  const { year, month, day } = parseIsoDate(isoDate)
  return `${day} ${monthName(month)} ${year}`
}

/** "Senin, 9 Maret 2026" */
export function formatDayDateId(isoDate: string): string {
  return `${dayNameId(isoDate)}, ${formatDateId(isoDate)}`
}

/** "09.00" or "09.00 WITA": official documents separate hours and minutes with a dot. */
export function formatTimeId(time: string, tz?: TimeZoneCode): string {
  if (!TIME.test(time)) throw new RangeError(`Not a time (HH:mm): '${time}'`)
  const text = time.replace(':', '.')
  return tz ? `${text} ${tz}` : text
}

/** "09.00 s.d. 13.00 WITA": the zone is written once, after the range. */
export function formatTimeRangeId(start: string, end: string, tz: TimeZoneCode): string {
  return `${formatTimeId(start)} s.d. ${formatTimeId(end, tz)}`
}

/** The parts of a date in words, as a berita acara opens: day, date, month, year. */
export function dateInWordsId(isoDate: string): {
  day: string
  date: string
  month: string
  year: string
} {
  const { year, month, day } = parseIsoDate(isoDate)
  return {
    day: dayNameId(isoDate),
    date: terbilang(day),
    month: monthName(month),
    year: terbilang(year),
  }
}

/** "Pada hari ini Senin tanggal sembilan bulan Maret tahun dua ribu dua puluh enam" */
export function openingDateSentenceId(isoDate: string): string {
  const w = dateInWordsId(isoDate)
  return `Pada hari ini ${w.day} tanggal ${w.date} bulan ${w.month} tahun ${w.year}`
}

/** "Kupang, 9 Maret 2026": the line above the signatures. */
export function placeDateLine(city: string, isoDate: string): string {
  return `${city.replace(/\s+/g, ' ').trim()}, ${formatDateId(isoDate)}`
}

/** Strict 'HH:mm' on a 24-hour clock, 00:00..23:59. */
export function isValidTime(s: string): boolean {
  return TIME.test(s)
}

/**
 * Minutes since midnight. Also reads hours of 24 and more ('24:30' → 1470), so that the output of
 * minutesToTime round-trips; throws RangeError for anything that is not 'HH:mm'.
 */
export function timeToMinutes(t: string): number {
  const match = LOOSE_TIME.exec(t)
  if (!match) throw new RangeError(`Not a time (HH:mm): '${t}'`)
  return Number(match[1]) * 60 + Number(match[2])
}

/**
 * 'HH:mm' for minutes since midnight. Deliberately does NOT wrap at midnight: 1470 gives '24:30',
 * because an agenda that runs past midnight is an input error to show the user, not the next day.
 */
export function minutesToTime(m: number): string {
  if (!Number.isInteger(m) || m < 0) {
    throw new RangeError(`minutesToTime: expected a non-negative integer, got ${m}`)
  }
  return `${pad(Math.floor(m / 60))}:${pad(m % 60)}`
}

/** -1, 0 or 1 as a is earlier than, equal to or later than b; usable as a sort comparator. */
export function compareTime(a: string, b: string): number {
  return Math.sign(timeToMinutes(a) - timeToMinutes(b))
}

/** Adds (or with a negative count, subtracts) minutes; past midnight gives '24:10' etc., see minutesToTime. */
export function addMinutesToTime(time: string, minutes: number): string {
  if (!Number.isInteger(minutes)) {
    throw new RangeError(`addMinutesToTime: minutes must be an integer, got ${minutes}`)
  }
  return minutesToTime(timeToMinutes(time) + minutes)
}

/**
 * The instant's reading on the wall clocks of the given Indonesian zone, as the UTC fields of a Date.
 * Indonesia has no daylight saving time, so a fixed offset is exact.
 */
function wallClock(ms: number, timeZone: TimeZoneCode, caller: string): Date {
  if (Number.isNaN(ms)) throw new RangeError(`${caller}: not an instant`)
  return new Date(ms + TIME_ZONE_OFFSET_HOURS[timeZone] * MS_PER_HOUR)
}

function wallDateIso(wall: Date): string {
  return toIso({
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
  })
}

/** The calendar date at instant `now` on the wall clocks of the given Indonesian zone. */
export function todayIso(now: Date, timeZone: TimeZoneCode): string {
  return wallDateIso(wallClock(now.getTime(), timeZone, 'todayIso'))
}

/**
 * "2026-03-09-090530": when a file was made, on the organisation's clock, for file names. Fixed
 * width from the year down to the second, so names sort by time as text.
 */
export function fileStamp(now: Date, timeZone: TimeZoneCode): string {
  const wall = wallClock(now.getTime(), timeZone, 'fileStamp')
  const time = [wall.getUTCHours(), wall.getUTCMinutes(), wall.getUTCSeconds()].map((n) => pad(n))
  return `${wallDateIso(wall)}-${time.join('')}`
}

/**
 * The Indonesian zone whose clocks run at this offset east of UTC, in minutes (what a laptop's
 * `-getTimezoneOffset()` gives); WIB for any other offset, since most units keep western time.
 */
export function timeZoneForOffset(minutesEast: number): TimeZoneCode {
  const zone = (Object.keys(TIME_ZONE_OFFSET_HOURS) as TimeZoneCode[]).find(
    (code) => TIME_ZONE_OFFSET_HOURS[code] * 60 === minutesEast,
  )
  return zone ?? 'WIB'
}

/**
 * The wall-clock time "HH:mm" of a stored instant in the given Indonesian zone, whatever zone the
 * laptop is set to: check-in times, actual agenda times and revisions all read the same clock.
 */
export function instantTimeIso(instant: string, timeZone: TimeZoneCode): string {
  const wall = wallClock(Date.parse(instant), timeZone, `instantTimeIso(${instant})`)
  return `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`
}

/** "9 Maret 2026 09.05", "09.05" or "08.41 WITA". */
export type InstantStyle = 'date-time' | 'time' | 'time-with-zone'

/**
 * When something happened, on the organisation's clock whatever zone the laptop is set to. The one
 * way a stored instant is printed: screens, exports and the notulen all read the same clock.
 */
export function formatInstantId(
  instant: string,
  timeZone: TimeZoneCode,
  style: InstantStyle = 'date-time',
): string {
  const time = instantTimeIso(instant, timeZone)
  if (style === 'time') return formatTimeId(time)
  if (style === 'time-with-zone') return formatTimeId(time, timeZone)
  return `${formatDateId(todayIso(new Date(instant), timeZone))} ${formatTimeId(time)}`
}

export function addDaysIso(iso: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`addDaysIso: n must be an integer, got ${n}`)
  const result = calendarDateOf(addDays(localDate(parseIsoDate(iso)), n))
  if (result.year < 1 || result.year > 9999) {
    throw new RangeError(`addDaysIso: result outside years 1..9999`)
  }
  return toIso(result)
}

/** b − a in whole days: positive when b is later. */
export function diffDaysIso(a: string, b: string): number {
  return differenceInCalendarDays(localDate(parseIsoDate(b)), localDate(parseIsoDate(a)))
}

export function lastDayOfMonthIso(year: number, month1to12: number): string {
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    throw new RangeError(`lastDayOfMonthIso: invalid year ${year}`)
  }
  return toIso({ year, month: month1to12, day: daysInMonth(year, month1to12) })
}

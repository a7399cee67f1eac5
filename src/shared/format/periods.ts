import { isValidIsoDate, lastDayOfMonthIso, MONTHS_ID } from './dates'
import { collapseSpaces } from './names'
import { toRoman } from './roman'

export type DeadlineResolution =
  { ok: true; date: string; label: string | null } | { ok: false; reason: 'unrecognised' }

// Full names, common abbreviations and the older spellings still seen in typed sheets.
const MONTH_ALIASES: Readonly<Record<string, number>> = {
  januari: 1,
  jan: 1,
  februari: 2,
  pebruari: 2,
  feb: 2,
  peb: 2,
  maret: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  agustus: 8,
  agu: 8,
  agt: 8,
  ags: 8,
  agus: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nopember: 11,
  nov: 11,
  nop: 11,
  desember: 12,
  des: 12,
}

const ROMAN_ORDINALS: Readonly<Record<string, number>> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
}

// Words that only say "no later than" and change nothing about the date.
const DEADLINE_PREFIX = /^(?:paling lambat|selambat lambatnya|selambat-lambatnya|sebelum) /
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/
const NAMED_DATE = /^(\d{1,2}) ([a-z]+)\.? (\d{4})$/
const YEAR = '([1-9]\\d{3})'
const QUARTER = new RegExp(
  `^(?:triwulan|tw|kuartal|q) ?(?:ke )?(iv|i{1,3}|[1-4]) (?:tahun )?${YEAR}$`,
)
const SEMESTER = new RegExp(`^(?:semester|smt) ?(?:ke )?(i{1,2}|[12]) (?:tahun )?${YEAR}$`)
const WHOLE_YEAR = new RegExp(`^(?:(?:tahun(?: anggaran)?|ta) )?${YEAR}$`)
const MONTH = new RegExp(`^(?:bulan )?([a-z]+) (?:tahun )?${YEAR}$`)

function pad2(n: number): string {
  return String(n).padStart(2, '0')
}

function plainDate(year: string, month: number, day: string): DeadlineResolution {
  const iso = `${year}-${pad2(month)}-${pad2(Number(day))}`
  return isValidIsoDate(iso)
    ? { ok: true, date: iso, label: null }
    : { ok: false, reason: 'unrecognised' }
}

function resolvePeriod(text: string): { date: string; label: string } | null {
  let match = QUARTER.exec(text)
  if (match) {
    const quarter = ROMAN_ORDINALS[match[1] ?? ''] ?? 0
    const year = Number(match[2])
    return {
      date: lastDayOfMonthIso(year, quarter * 3),
      label: `Triwulan ${toRoman(quarter)} ${year}`,
    }
  }
  match = SEMESTER.exec(text)
  if (match) {
    const half = ROMAN_ORDINALS[match[1] ?? ''] ?? 0
    const year = Number(match[2])
    return {
      date: lastDayOfMonthIso(year, half * 6),
      label: `Semester ${toRoman(half)} ${year}`,
    }
  }
  match = WHOLE_YEAR.exec(text)
  if (match) {
    const year = Number(match[1])
    return { date: lastDayOfMonthIso(year, 12), label: `Tahun ${year}` }
  }
  match = MONTH.exec(text)
  const month = match ? MONTH_ALIASES[match[1] ?? ''] : undefined
  if (match && month) {
    const year = Number(match[2])
    return { date: lastDayOfMonthIso(year, month), label: `${MONTHS_ID[month - 1]} ${year}` }
  }
  return null
}

/**
 * Reads a batas waktu as people write it: a date ('2026-04-30', '30 April 2026', '30/04/2026') or
 * a period that ends on a known day ("Triwulan III 2026" → 2026-09-30, "Semester I 2026",
 * "Akhir Tahun 2026", "Juni 2026"). Periods keep a normalised label for the documents, with
 * "Akhir" kept when it was written; plain dates have label null.
 */
export function resolveDeadline(input: string): DeadlineResolution {
  const text = collapseSpaces(input).toLowerCase().replace(DEADLINE_PREFIX, '')

  if (ISO_DATE.test(text)) {
    return isValidIsoDate(text)
      ? { ok: true, date: text, label: null }
      : { ok: false, reason: 'unrecognised' }
  }
  const numeric = NUMERIC_DATE.exec(text)
  if (numeric) return plainDate(numeric[3] ?? '', Number(numeric[2]), numeric[1] ?? '')
  const named = NAMED_DATE.exec(text)
  if (named) {
    const month = MONTH_ALIASES[named[2] ?? '']
    if (month) return plainDate(named[3] ?? '', month, named[1] ?? '')
  }

  // "TW-III", "ke-3", "Tahun 2026." are the same periods as "tw iii", "ke 3", "tahun 2026".
  const words = collapseSpaces(text.replace(/[.,\-/]/g, ' '))
  const end = /^akhir /.test(words)
  const period = resolvePeriod(end ? words.slice('akhir '.length) : words)
  if (!period) return { ok: false, reason: 'unrecognised' }
  return { ok: true, date: period.date, label: end ? `Akhir ${period.label}` : period.label }
}

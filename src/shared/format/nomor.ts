import { parseIsoDate } from './dates'
import { toRoman } from './roman'

export type NomorPlaceholder = 'kode' | 'urut' | 'unit' | 'bulan' | 'tahun'

export const NOMOR_PLACEHOLDERS: readonly NomorPlaceholder[] = [
  'kode',
  'urut',
  'unit',
  'bulan',
  'tahun',
]

export interface NomorValues {
  kode: string
  urut: number
  unit: string
  isoDate: string
  pad?: number
}

export type NomorPatternValidation =
  { ok: true } | { ok: false; reason: 'missing_urut' | 'unknown_placeholder'; placeholder?: string }

export interface NomorCounter {
  year: number
  last: number
}

const DEFAULT_PAD = 3
const MAX_PAD = 10
const PLACEHOLDER = /\{([^{}]*)\}/g

function isPlaceholder(name: string): name is NomorPlaceholder {
  return (NOMOR_PLACEHOLDERS as readonly string[]).includes(name)
}

/**
 * A pattern is usable when every {…} is a known placeholder and {urut} is present: without the
 * sequence, two letters in one year would get the same number. Placeholders are lower case; a
 * stray brace is reported as an unknown placeholder.
 */
export function validateNomorPattern(pattern: string): NomorPatternValidation {
  for (const match of pattern.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? ''
    if (!isPlaceholder(name)) return { ok: false, reason: 'unknown_placeholder', placeholder: name }
  }
  const stray = /[{}]/.exec(pattern.replace(PLACEHOLDER, ''))
  if (stray) return { ok: false, reason: 'unknown_placeholder', placeholder: stray[0] }
  if (!pattern.includes('{urut}')) return { ok: false, reason: 'missing_urut' }
  return { ok: true }
}

/**
 * Fills a nomor surat pattern: "{kode}/{urut}/{unit}/{tahun}" → "000.1.2/007/DPMPTSP/2026".
 * {bulan} is the month of isoDate in Roman numerals. Throws RangeError for an invalid pattern,
 * date, sequence (an integer ≥ 1) or pad; a sequence longer than pad is printed in full.
 */
export function formatNomor(pattern: string, values: NomorValues): string {
  const validation = validateNomorPattern(pattern)
  if (!validation.ok) {
    throw new RangeError(`formatNomor: invalid pattern '${pattern}' (${validation.reason})`)
  }
  const { urut, pad = DEFAULT_PAD } = values
  if (!Number.isInteger(urut) || urut < 1) {
    throw new RangeError(`formatNomor: urut must be an integer ≥ 1, got ${urut}`)
  }
  if (!Number.isInteger(pad) || pad < 1 || pad > MAX_PAD) {
    throw new RangeError(`formatNomor: pad must be an integer 1..${MAX_PAD}, got ${pad}`)
  }
  const { year, month } = parseIsoDate(values.isoDate)
  const replacements: Record<NomorPlaceholder, string> = {
    kode: values.kode.trim(),
    urut: String(urut).padStart(pad, '0'),
    unit: values.unit.trim(),
    bulan: toRoman(month),
    tahun: String(year).padStart(4, '0'),
  }
  return pattern.replace(PLACEHOLDER, (_whole, name: string) =>
    isPlaceholder(name) ? replacements[name] : name,
  )
}

/** The parts of a nomor that come from the profile and print empty ("/001/PKP2A III/2026"). */
export type NomorProfilePart = 'kode' | 'unit'

/**
 * Placeholders of the pattern whose value is empty, in pattern order: the nomor would print with
 * a gap, so the secretariat is told which part of the profile to fill in.
 */
export function missingNomorParts(
  pattern: string,
  values: Pick<NomorValues, 'kode' | 'unit'>,
): NomorProfilePart[] {
  const missing: NomorProfilePart[] = []
  for (const match of pattern.matchAll(PLACEHOLDER)) {
    const name = match[1]
    if ((name === 'kode' || name === 'unit') && !values[name].trim() && !missing.includes(name)) {
      missing.push(name)
    }
  }
  return missing
}

/**
 * The counter after issuing one number in `year`: numbering restarts at 1 each year. Asking for a
 * year before the counter's throws RangeError, because this single counter no longer knows that
 * year's last number and restarting at 1 would repeat numbers already issued.
 */
export function nextCounter(counter: NomorCounter, year: number): NomorCounter {
  if (!Number.isInteger(year) || !Number.isInteger(counter.year)) {
    throw new RangeError('nextCounter: years must be integers')
  }
  if (!Number.isInteger(counter.last) || counter.last < 0) {
    throw new RangeError(`nextCounter: last must be a non-negative integer, got ${counter.last}`)
  }
  if (year < counter.year) {
    throw new RangeError(`nextCounter: counter is at ${counter.year}, cannot number for ${year}`)
  }
  return year === counter.year ? { year, last: counter.last + 1 } : { year, last: 1 }
}

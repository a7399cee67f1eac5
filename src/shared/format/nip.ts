import { isValidIsoDate } from './dates'

export type NipValidation =
  | { ok: true; digits: string; birthDate: string; appointment: string; sex: 'L' | 'P' }
  | { ok: false; reason: 'length' | 'non_digit' | 'birth_date' | 'appointment' | 'sex_digit' }

export const NIP_LENGTH = 18
const MIN_BIRTH_YEAR = 1940
const MAX_BIRTH_YEAR = 2015
// The rule is 18 years at appointment; 15 tolerates old records typed with a shifted year.
const MIN_AGE_AT_APPOINTMENT = 15

/** Drops the spaces, dots and dashes people type between the NIP groups. */
export function normalizeNip(input: string): string {
  return input.replace(/[\s.\-\u2010-\u2015]/g, '')
}

/**
 * Checks the structure of a NIP (birth date YYYYMMDD, first appointment YYYYMM, sex digit, sequence).
 * Non-digits are reported before the length, since "NIP 1986…" or a letter O typed for a zero is
 * the more useful message. On success, birthDate is 'YYYY-MM-DD' and appointment 'YYYY-MM'.
 */
export function validateNip(input: string): NipValidation {
  const digits = normalizeNip(input)
  if (!/^\d*$/.test(digits)) return { ok: false, reason: 'non_digit' }
  if (digits.length !== NIP_LENGTH) return { ok: false, reason: 'length' }

  const birthYear = Number(digits.slice(0, 4))
  const birthDate = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`
  if (birthYear < MIN_BIRTH_YEAR || birthYear > MAX_BIRTH_YEAR || !isValidIsoDate(birthDate)) {
    return { ok: false, reason: 'birth_date' }
  }

  const appointmentYear = Number(digits.slice(8, 12))
  const appointmentMonth = Number(digits.slice(12, 14))
  if (
    appointmentMonth < 1 ||
    appointmentMonth > 12 ||
    appointmentYear < birthYear + MIN_AGE_AT_APPOINTMENT
  ) {
    return { ok: false, reason: 'appointment' }
  }

  const sexDigit = digits[14]
  if (sexDigit !== '1' && sexDigit !== '2') return { ok: false, reason: 'sex_digit' }

  return {
    ok: true,
    digits,
    birthDate,
    appointment: `${digits.slice(8, 12)}-${digits.slice(12, 14)}`,
    sex: sexDigit === '1' ? 'L' : 'P',
  }
}

/**
 * "19860926 201505 1 001", the printed grouping. Input that is not 18 digits after normalising is
 * returned trimmed but otherwise unchanged, so a document never loses what the user typed.
 */
export function formatNip(digits: string): string {
  const plain = normalizeNip(digits)
  if (!/^\d{18}$/.test(plain)) return digits.trim()
  return `${plain.slice(0, 8)} ${plain.slice(8, 14)} ${plain.slice(14, 15)} ${plain.slice(15)}`
}

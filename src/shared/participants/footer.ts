import { normalizeText } from '../format/names'

// What sits under a hand-made table: the place-date line, "Mengetahui,", the official's position,
// the signature space and name, the NIP line, totals.
const PLACE_DATE = /^[\p{L} .'-]{2,40},\s*\d{1,2}\s+\p{L}+\s+\d{4}$/u
const FOOTER_START =
  /^(mengetahui|menyetujui|mengesahkan|kepala\b|sekretaris\b|a\.?\s?n\.|plt\.?|plh\.?|ttd|tanda tangan|nip[.: ]|catatan\b|keterangan\s*:|jumlah\b|total\b|dibuat oleh|disahkan)/
const SIGNATURE_LINE = /^[\s_.\-()]{3,}$/

/** True when a cell reads like part of a signature footer or a totals line. */
export function isFooterText(text: string): boolean {
  const cell = normalizeText(text)
  if (!cell) return false
  return PLACE_DATE.test(cell) || FOOTER_START.test(cell) || SIGNATURE_LINE.test(text.trim())
}

/** A row of column numbers under the header ("1 | 2 | 3 | 4"), as official tables often have. */
export function isNumberingRow(cells: string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter(Boolean)
  if (filled.length < 3) return false
  return filled.every((cell, index) => cell === String(index + 1) || cell === `(${index + 1})`)
}

import { collapseSpaces } from '../format/names'
import { headerKey } from './columns'

// Words secretariats type into a cell to say "nothing here", as compared by headerKey ("N/A" and
// "n.a." both read "n a"). "tidak" alone is an answer (no disability), not a placeholder.
const PLACEHOLDER_WORDS = new Set([
  'n a',
  'na',
  'nihil',
  'tidak ada',
  'tdk ada',
  'tak ada',
  'belum ada',
  'kosong',
  'tidak diisi',
  'none',
  'null',
  'nil',
])

// Longer than any placeholder word (with its punctuation): a cell this long that holds a letter or
// digit is a value, found without normalising it (a large import reads every cell).
const LONGEST_WORD = 16

// A tick is the one mark without letters or digits that says something: "yes" in a disability column.
const TICKS = new Set(['✓', '✔', '√', '☑'])

/**
 * True for a cell that only stands for an empty one: "-", "–", "—", ".", "…", "?", "n/a", "N/A",
 * "tidak ada", "nihil" and the like. A cell with no letter or digit at all counts, except a tick.
 */
export function isPlaceholder(text: string): boolean {
  const cell = collapseSpaces(text)
  if (!cell || TICKS.has(cell)) return false
  if (cell.length > LONGEST_WORD && /[\p{L}\p{N}]/u.test(cell)) return false
  const key = headerKey(cell)
  return key === '' || PLACEHOLDER_WORDS.has(key)
}

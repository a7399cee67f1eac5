import { fieldForHeader, type ImportField } from './columns'

/** Hand-made sheets put at most a few title rows above the table. */
const HEADER_SEARCH_ROWS = 30

/** How many distinct known headers a row holds; a row with a name header gets a bonus. */
export function headerScore(row: string[]): number {
  const fields = new Set<ImportField>()
  for (const cell of row) {
    const field = fieldForHeader(cell)
    if (field) fields.add(field)
  }
  if (!fields.has('name')) return 0
  return fields.size + 1
}

/**
 * The index of the header row: the row among the first ones that names a name column and the
 * most other known columns. Title rows above ("DAFTAR UNDANGAN FKP …"), merged into one cell, name
 * no column and score zero. Returns -1 when no row has a recognisable name column.
 */
export function detectHeaderRow(rows: string[][]): number {
  let best = -1
  let bestScore = 0
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS)
  for (let index = 0; index < limit; index++) {
    const score = headerScore(rows[index] ?? [])
    if (score > bestScore) {
      best = index
      bestScore = score
    }
  }
  return best
}

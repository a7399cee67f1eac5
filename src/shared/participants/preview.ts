import { personFieldsSchema, type PersonFieldsInput } from '../domain/people'
import type { Unsur } from '../domain/enums'
import { normalizeNip, validateNip } from '../format/nip'
import {
  columnLetter,
  headerKey,
  IMPORT_FIELDS,
  type ColumnMapping,
  type ImportField,
} from './columns'
import { DuplicateIndex } from './duplicates'
import { isFooterText, isNumberingRow } from './footer'
import {
  cleanCell,
  isValidEmail,
  normalizePhone,
  parseDisability,
  parseGender,
  parseUnsur,
} from './normalize'
import { isPlaceholder } from './placeholder'

export type ProblemCode =
  | 'name_missing'
  | 'gender_missing'
  | 'gender_unreadable'
  | 'unsur_unknown'
  | 'email_invalid'
  | 'phone_invalid'
  | 'nip_non_digit'
  | 'nip_length'
  | 'nip_birth_date'
  | 'nip_appointment'
  | 'nip_sex_digit'
  | 'too_long'
  | 'invalid'

/** One problem in one cell: the sheet row and column letter a user can find it by. */
export interface CellProblem {
  field: ImportField
  /** Column letter ("D"), or '' when the sheet has no column for the field. */
  column: string
  code: ProblemCode
  /** The cell as it was written (or as the user corrected it). */
  value: string
  /** For `too_long`: the most characters the field takes. */
  max?: number
}

export type DuplicateOf =
  | { kind: 'file'; row: number }
  | { kind: 'forum'; personId: string }
  | { kind: 'registry'; personId: string }

/** The mapped cells of one row, cleaned, with placeholders ("-", "n/a") read as empty. */
export type RowCells = Record<ImportField, string>

export interface PreviewRow {
  /** 1-based row number as the spreadsheet shows it. */
  row: number
  cells: RowCells
  /** The unsur an empty unsur cell takes: the one of the row above (a merged cell spans down). */
  unsurAbove: Unsur
  person: PersonFieldsInput
  problems: CellProblem[]
  duplicate: DuplicateOf | null
  /** What the preview ticks at first: no problems and not a duplicate to be confirmed. */
  keepByDefault: boolean
}

export type SkipReason = 'empty' | 'footer' | 'numbering' | 'header_repeat'

export interface SkippedRow {
  /** 1-based row number as the spreadsheet shows it. */
  row: number
  reason: SkipReason
}

export interface ImportPreview {
  headerRow: number
  mapping: ColumnMapping
  /** In sheet order; `reviewOrder` gives the order the preview shows them in. */
  rows: PreviewRow[]
  /** Rows left out, in sheet order, each with why. */
  skipped: SkippedRow[]
}

export interface PreviewContext {
  /** People already on this forum's list. */
  forum: DuplicateIndex<string>
  /** The registry: a match is linked to the existing person rather than created again. */
  registry: DuplicateIndex<string>
  /** For rows with an empty unsur before any row names one. */
  defaultUnsur: Unsur
}

/** A cell as the preview reads it: cleaned, and empty when it only holds a placeholder. */
export function readCell(value: string | undefined | null): string {
  const text = cleanCell(value)
  return isPlaceholder(text) ? '' : text
}

function rowCells(cells: string[], mapping: ColumnMapping): RowCells {
  const read = {} as RowCells
  for (const field of IMPORT_FIELDS) {
    const column = mapping[field]
    read[field] = column === null ? '' : readCell(cells[column])
  }
  return read
}

/** Zod's verdict on the fields, for what the cell checks above it do not catch (lengths). */
function schemaProblems(person: PersonFieldsInput, known: Set<ImportField>) {
  const result = personFieldsSchema.safeParse(person)
  if (result.success) return []
  const found: { field: ImportField; code: ProblemCode; max?: number }[] = []
  for (const issue of result.error.issues) {
    const field = issue.path[0] as ImportField
    if (!IMPORT_FIELDS.includes(field) || known.has(field)) continue
    known.add(field)
    if (issue.code === 'too_big')
      found.push({ field, code: 'too_long', max: Number(issue.maximum) })
    else found.push({ field, code: 'invalid' })
  }
  return found
}

/** The person fields of one row and every problem, named by field and column. */
export function readRow(
  cells: RowCells,
  mapping: ColumnMapping,
  unsurAbove: Unsur,
): { person: PersonFieldsInput; problems: CellProblem[] } {
  const problems: CellProblem[] = []
  const problem = (field: ImportField, code: ProblemCode, max?: number) => {
    const column = mapping[field]
    problems.push({
      field,
      column: column === null ? '' : columnLetter(column),
      code,
      value: cells[field],
      ...(max === undefined ? {} : { max }),
    })
  }

  const name = cells.name
  if (!name) problem('name', 'name_missing')

  let nip = ''
  let nipSex: 'L' | 'P' | null = null
  if (cells.nip) {
    const result = validateNip(cells.nip)
    if (result.ok) {
      nip = result.digits
      nipSex = result.sex
    } else {
      nip = normalizeNip(cells.nip)
      problem('nip', `nip_${result.reason}`)
    }
  }

  const gender = parseGender(cells.gender)
  let resolvedGender: 'L' | 'P' = 'L'
  if (gender === null) problem('gender', 'gender_unreadable')
  else if (gender === '' && nipSex) resolvedGender = nipSex
  else if (gender === '') problem('gender', 'gender_missing')
  else resolvedGender = gender

  const unsur = parseUnsur(cells.unsur)
  if (unsur === null) problem('unsur', 'unsur_unknown')

  const phone = normalizePhone(cells.phone)
  if (phone === null) problem('phone', 'phone_invalid')

  const email = cells.email
  if (email && !isValidEmail(email)) problem('email', 'email_invalid')

  const person: PersonFieldsInput = {
    name,
    gender: resolvedGender,
    unsur: unsur || unsurAbove,
    subCategory: cells.subCategory,
    institution: cells.institution,
    position: cells.position,
    phone: phone ?? cells.phone,
    email,
    address: cells.address,
    nip,
    disability: parseDisability(cells.disability),
  }
  // The record's own schema has the last word, so a row the preview accepts is one the database takes.
  const known = new Set(problems.map((p) => p.field))
  for (const found of schemaProblems(person, known)) problem(found.field, found.code, found.max)
  return { person, problems }
}

/** A duplicate that may be the same person: imported only once the user says it is not. */
export function needsConfirmation(row: PreviewRow): boolean {
  return row.duplicate?.kind === 'forum' || row.duplicate?.kind === 'file'
}

/** Why a row cannot be ticked, or null when it can. */
export function keepBlocker(
  row: PreviewRow,
  confirmedDistinct: boolean,
): 'problems' | 'unconfirmed_duplicate' | null {
  if (row.problems.length > 0) return 'problems'
  if (needsConfirmation(row) && !confirmedDistinct) return 'unconfirmed_duplicate'
  return null
}

/**
 * Flags, in sheet order, repeats within the file, people already on the forum's list and people
 * already in the registry. Run again after an edit, since a corrected name can make or break one.
 */
export function markDuplicates(rows: PreviewRow[], context: PreviewContext): PreviewRow[] {
  const inFile = new DuplicateIndex<number>()
  return rows.map((row) => {
    let duplicate: DuplicateOf | null = null
    if (row.person.name) {
      const forumMatch = context.forum.find(row.person)
      const fileMatch = inFile.find(row.person)
      const registryMatch = context.registry.find(row.person)
      if (forumMatch) duplicate = { kind: 'forum', personId: forumMatch }
      else if (fileMatch !== null) duplicate = { kind: 'file', row: fileMatch }
      else if (registryMatch) duplicate = { kind: 'registry', personId: registryMatch }
      inFile.add(row.person, row.row)
    }
    const next = { ...row, duplicate }
    const keepByDefault = keepBlocker(next, false) === null
    // An unchanged row stays the same object, so only the rows an edit touched render again.
    if (sameDuplicate(row.duplicate, duplicate) && row.keepByDefault === keepByDefault) return row
    return { ...next, keepByDefault }
  })
}

function sameDuplicate(a: DuplicateOf | null, b: DuplicateOf | null): boolean {
  if (a === null || b === null) return a === b
  if (a.kind === 'file') return b.kind === 'file' && a.row === b.row
  return b.kind !== 'file' && a.kind === b.kind && a.personId === b.personId
}

function mappedCellsEmpty(cells: RowCells): boolean {
  return IMPORT_FIELDS.every((field) => cells[field] === '')
}

/** The header again (a list printed over several pages repeats it): the name column says "Nama". */
function isHeaderRepeat(cells: string[], header: string[], mapping: ColumnMapping): boolean {
  const column = mapping.name
  if (column === null) return false
  const key = headerKey(cells[column] ?? '')
  return key !== '' && key === headerKey(header[column] ?? '')
}

/**
 * Reads the rows under the header into person fields, naming every problem by cell; skips (and
 * lists) empty rows, a row of column numbers, repeats of the header and everything from the
 * signature footer down; flags duplicates (see markDuplicates).
 */
export function buildImportPreview(
  rows: string[][],
  headerRow: number,
  mapping: ColumnMapping,
  context: PreviewContext,
): ImportPreview {
  const read: PreviewRow[] = []
  const skipped: SkippedRow[] = []
  const header = rows[headerRow] ?? []
  let inFooter = false
  let afterHeader = true
  // An unsur cell merged over a group of rows reads as empty below its first row, so an empty
  // unsur takes the one above it.
  let unsurAbove = context.defaultUnsur
  for (let index = headerRow + 1; index < rows.length; index++) {
    const raw = rows[index] ?? []
    const row = index + 1
    const cells = rowCells(raw, mapping)
    if (inFooter) {
      if (raw.some((cell) => cleanCell(cell))) skipped.push({ row, reason: 'footer' })
      continue
    }
    // The name as typed, not placeholder-emptied: a "-" in the name column is a row missing a name,
    // not the start of the footer.
    const nameText = mapping.name === null ? '' : cleanCell(raw[mapping.name])
    const footerCell = raw.some((cell) => isFooterText(cleanCell(cell)))
    if (footerCell && (!nameText || isFooterText(nameText))) {
      inFooter = true
      skipped.push({ row, reason: 'footer' })
      continue
    }
    if (mappedCellsEmpty(cells)) {
      skipped.push({ row, reason: 'empty' })
      continue
    }
    if (afterHeader && isNumberingRow(raw)) {
      skipped.push({ row, reason: 'numbering' })
      continue
    }
    if (isHeaderRepeat(raw, header, mapping)) {
      skipped.push({ row, reason: 'header_repeat' })
      afterHeader = true
      continue
    }
    afterHeader = false
    const { person, problems } = readRow(cells, mapping, unsurAbove)
    read.push({ row, cells, unsurAbove, person, problems, duplicate: null, keepByDefault: false })
    if (!problems.some((p) => p.field === 'unsur')) unsurAbove = person.unsur
  }
  return { headerRow, mapping, rows: markDuplicates(read, context), skipped }
}

/**
 * The preview after the user corrected one cell of one row: that row is read and checked again
 * and duplicates are looked for again. The unsur it inherits stays the one it was read with.
 */
export function recheckRow(
  preview: ImportPreview,
  rowNumber: number,
  field: ImportField,
  text: string,
  context: PreviewContext,
): ImportPreview {
  const rows = preview.rows.map((row) => {
    if (row.row !== rowNumber) return row
    const cells = { ...row.cells, [field]: readCell(text) }
    return { ...row, cells, ...readRow(cells, preview.mapping, row.unsurAbove) }
  })
  return { ...preview, rows: markDuplicates(rows, context) }
}

export interface SkippedRange {
  from: number
  to: number
  reason: SkipReason
}

/**
 * The skipped rows as runs: rows skipped for the same reason with no data row between them make
 * one range ("baris 16–20: penutup"), so a long footer or many blank rows take one line.
 */
export function skippedRanges(preview: ImportPreview): SkippedRange[] {
  const dataRows = preview.rows.map((r) => r.row)
  const ranges: SkippedRange[] = []
  let data = 0
  for (const { row, reason } of preview.skipped) {
    while (data < dataRows.length && dataRows[data]! < row) data++
    const last = ranges.at(-1)
    const dataBetween = last !== undefined && data > 0 && dataRows[data - 1]! > last.to
    if (last && last.reason === reason && !dataBetween) last.to = row
    else ranges.push({ from: row, to: row, reason })
  }
  return ranges
}

function reviewGroup(row: PreviewRow): number {
  if (row.problems.length > 0) return 0
  if (needsConfirmation(row)) return 1
  return 2
}

/** Rows with problems first, then duplicates to confirm, then the rest; each group in sheet order. */
export function reviewOrder(rows: readonly PreviewRow[]): PreviewRow[] {
  return [...rows].sort((a, b) => reviewGroup(a) - reviewGroup(b) || a.row - b.row)
}

/** The rows an import writes: ticked, and not held back by a problem or an unconfirmed duplicate. */
export function keptRows(
  preview: ImportPreview,
  keep: ReadonlySet<number>,
  confirmed: ReadonlySet<number>,
): PreviewRow[] {
  return preview.rows.filter(
    (row) => keep.has(row.row) && keepBlocker(row, confirmed.has(row.row)) === null,
  )
}

export type ImportSkipReason =
  SkipReason | 'problems' | 'unconfirmed_duplicate' | 'not_chosen' | 'already_listed'

export interface ImportSummary {
  added: number
  created: number
  linked: number
  /** Only the reasons that occurred, in a fixed order. */
  skipped: { reason: ImportSkipReason; count: number }[]
}

const SUMMARY_ORDER: ImportSkipReason[] = [
  'problems',
  'unconfirmed_duplicate',
  'already_listed',
  'not_chosen',
  'empty',
  'footer',
  'header_repeat',
  'numbering',
]

/** What an import did: how many were added, and how many rows were left out, and why. */
export function summarizeImport(
  preview: ImportPreview,
  keep: ReadonlySet<number>,
  confirmed: ReadonlySet<number>,
  result: { created: number; linked: number; alreadyListed: number },
): ImportSummary {
  const counts = new Map<ImportSkipReason, number>()
  const count = (reason: ImportSkipReason, by = 1) =>
    counts.set(reason, (counts.get(reason) ?? 0) + by)
  for (const row of preview.rows) {
    const blocker = keepBlocker(row, confirmed.has(row.row))
    if (blocker) count(blocker)
    else if (!keep.has(row.row)) count('not_chosen')
  }
  for (const row of preview.skipped) count(row.reason)
  if (result.alreadyListed > 0) count('already_listed', result.alreadyListed)
  return {
    added: result.created + result.linked,
    created: result.created,
    linked: result.linked,
    skipped: SUMMARY_ORDER.flatMap((reason) => {
      const n = counts.get(reason)
      return n ? [{ reason, count: n }] : []
    }),
  }
}

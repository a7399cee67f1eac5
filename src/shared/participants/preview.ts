import type { PersonFieldsInput } from '../domain/people'
import type { Unsur } from '../domain/enums'
import { normalizeNip, validateNip } from '../format/nip'
import { columnLetter, IMPORT_FIELDS, type ColumnMapping, type ImportField } from './columns'
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

/** One problem in one cell: the sheet row and column letter a user can find it by. */
export interface CellProblem {
  field: ImportField
  /** Column letter ("D"), or '' when the sheet has no column for the field. */
  column: string
  code: ProblemCode
  /** The cell as it was written. */
  value: string
}

export type DuplicateOf =
  | { kind: 'file'; row: number }
  | { kind: 'forum'; personId: string }
  | { kind: 'registry'; personId: string }

export interface PreviewRow {
  /** 1-based row number as the spreadsheet shows it. */
  row: number
  person: PersonFieldsInput
  problems: CellProblem[]
  duplicate: DuplicateOf | null
  /** No problems and not on the forum's list already: the user may keep it. */
  importable: boolean
  /** What the preview ticks at first: importable and not a repeat within the file. */
  keepByDefault: boolean
}

export interface ImportPreview {
  headerRow: number
  rows: PreviewRow[]
  /** 1-based row numbers left out, and why. */
  skipped: { empty: number[]; footer: number[]; numbering: number[] }
}

export interface PreviewContext {
  /** People already on this forum's list. */
  forum: DuplicateIndex<string>
  /** The registry: a match is linked to the existing person rather than created again. */
  registry: DuplicateIndex<string>
  /** For rows with an empty unsur before any row names one. */
  defaultUnsur: Unsur
}

function cellOf(cells: string[], mapping: ColumnMapping, field: ImportField): string {
  const column = mapping[field]
  return column === null ? '' : cleanCell(cells[column])
}

function readRow(
  cells: string[],
  mapping: ColumnMapping,
  unsurAbove: Unsur,
): { person: PersonFieldsInput; problems: CellProblem[] } {
  const problems: CellProblem[] = []
  const raw = (field: ImportField) => cellOf(cells, mapping, field)
  const problem = (field: ImportField, code: ProblemCode) => {
    const column = mapping[field]
    problems.push({
      field,
      column: column === null ? '' : columnLetter(column),
      code,
      value: raw(field),
    })
  }

  const name = raw('name')
  if (!name) problem('name', 'name_missing')

  const nipText = raw('nip')
  let nip = ''
  let nipSex: 'L' | 'P' | null = null
  if (nipText && !/^-+$/.test(nipText)) {
    const result = validateNip(nipText)
    if (result.ok) {
      nip = result.digits
      nipSex = result.sex
    } else {
      nip = normalizeNip(nipText)
      problem('nip', `nip_${result.reason}`)
    }
  }

  const genderText = raw('gender')
  const gender = parseGender(genderText)
  let resolvedGender: 'L' | 'P' = 'L'
  if (gender === null) problem('gender', 'gender_unreadable')
  else if (gender === '' && nipSex) resolvedGender = nipSex
  else if (gender === '') problem('gender', 'gender_missing')
  else resolvedGender = gender

  const unsur = parseUnsur(raw('unsur'))
  if (unsur === null) problem('unsur', 'unsur_unknown')

  const phoneText = raw('phone')
  const phone = /^-+$/.test(phoneText) ? '' : normalizePhone(phoneText)
  if (phone === null) problem('phone', 'phone_invalid')

  const email = /^-+$/.test(raw('email')) ? '' : raw('email')
  if (email && !isValidEmail(email)) problem('email', 'email_invalid')

  return {
    person: {
      name,
      gender: resolvedGender,
      unsur: unsur || unsurAbove,
      subCategory: raw('subCategory'),
      institution: raw('institution'),
      position: raw('position'),
      phone: phone ?? phoneText,
      email,
      address: raw('address'),
      nip,
      disability: parseDisability(raw('disability')),
    },
    problems,
  }
}

function mappedCellsEmpty(cells: string[], mapping: ColumnMapping): boolean {
  return IMPORT_FIELDS.every((field) => cellOf(cells, mapping, field) === '')
}

/**
 * Reads the rows under the header into person fields, naming every problem by cell; skips empty
 * rows, a row of column numbers and everything from the signature footer down; flags repeats
 * within the file, people already on the forum's list and people already in the registry.
 */
export function buildImportPreview(
  rows: string[][],
  headerRow: number,
  mapping: ColumnMapping,
  context: PreviewContext,
): ImportPreview {
  const preview: ImportPreview = {
    headerRow,
    rows: [],
    skipped: { empty: [], footer: [], numbering: [] },
  }
  const inFile = new DuplicateIndex<number>()
  let inFooter = false
  // An unsur cell merged over a group of rows reads as empty below its first row, so an empty
  // unsur takes the one above it.
  let unsurAbove = context.defaultUnsur
  for (let index = headerRow + 1; index < rows.length; index++) {
    const cells = rows[index] ?? []
    const rowNumber = index + 1
    if (inFooter) {
      if (cells.some((cell) => cleanCell(cell))) preview.skipped.footer.push(rowNumber)
      continue
    }
    if (mappedCellsEmpty(cells, mapping)) {
      preview.skipped.empty.push(rowNumber)
      continue
    }
    if (preview.rows.length === 0 && isNumberingRow(cells)) {
      preview.skipped.numbering.push(rowNumber)
      continue
    }
    const nameCell = cellOf(cells, mapping, 'name')
    const footerCell = cells.some((cell) => isFooterText(cleanCell(cell)))
    if (footerCell && (!nameCell || isFooterText(nameCell))) {
      inFooter = true
      preview.skipped.footer.push(rowNumber)
      continue
    }

    const { person, problems } = readRow(cells, mapping, unsurAbove)
    if (!problems.some((p) => p.field === 'unsur')) unsurAbove = person.unsur
    let duplicate: DuplicateOf | null = null
    if (person.name) {
      const forumMatch = context.forum.find(person)
      const fileMatch = inFile.find(person)
      const registryMatch = context.registry.find(person)
      if (forumMatch) duplicate = { kind: 'forum', personId: forumMatch }
      else if (fileMatch !== null) duplicate = { kind: 'file', row: fileMatch }
      else if (registryMatch) duplicate = { kind: 'registry', personId: registryMatch }
      inFile.add(person, rowNumber)
    }
    const importable = problems.length === 0 && duplicate?.kind !== 'forum'
    preview.rows.push({
      row: rowNumber,
      person,
      problems,
      duplicate,
      importable,
      keepByDefault: importable && duplicate?.kind !== 'file',
    })
  }
  return preview
}

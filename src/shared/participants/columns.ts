import { normalizeText } from '../format/names'

/** The person fields an invitation list may carry, in the order the mapping screen shows them. */
export const IMPORT_FIELDS = [
  'name',
  'gender',
  'position',
  'institution',
  'unsur',
  'subCategory',
  'phone',
  'email',
  'nip',
  'disability',
  'address',
] as const
export type ImportField = (typeof IMPORT_FIELDS)[number]

/** Column index per field; null when the sheet has no such column. */
export type ColumnMapping = Record<ImportField, number | null>

/** Remembered choices: the normalised header text a user mapped, and the field it means. */
export type RememberedMapping = Record<string, ImportField | 'ignore'>

// The headers people actually type, normalised (lower case, no punctuation).
const HEADER_SYNONYMS: Record<ImportField, string[]> = {
  name: ['nama', 'nama lengkap', 'nama peserta', 'nama lengkap dan gelar', 'nama gelar', 'peserta'],
  gender: ['l p', 'lp', 'jenis kelamin', 'jk', 'kelamin', 'gender', 'sex', 'l/p'],
  position: ['jabatan', 'pekerjaan', 'posisi', 'jabatan pekerjaan'],
  institution: [
    'instansi',
    'lembaga',
    'asal',
    'asal instansi',
    'asal lembaga',
    'instansi lembaga',
    'nama instansi',
    'organisasi',
    'unit kerja',
    'perusahaan',
    'alamat instansi',
  ],
  unsur: ['unsur', 'unsur peserta', 'kategori', 'unsur masyarakat', 'kelompok'],
  subCategory: ['sub kategori', 'subkategori', 'sub unsur', 'keterangan unsur'],
  phone: [
    'no hp',
    'nomor hp',
    'no hp wa',
    'hp',
    'telepon',
    'telp',
    'no telp',
    'no telepon',
    'nomor telepon',
    'wa',
    'no wa',
    'whatsapp',
    'kontak',
    'hp wa',
  ],
  email: ['email', 'e mail', 'alamat email', 'surel'],
  nip: ['nip', 'nip nik', 'nomor induk pegawai'],
  disability: ['disabilitas', 'penyandang disabilitas', 'difabel', 'ragam disabilitas'],
  address: ['alamat', 'alamat rumah', 'domisili'],
}

/** Header text as compared: lower case, no diacritics, punctuation turned into single spaces. */
export function headerKey(text: string): string {
  return normalizeText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

const SYNONYM_TO_FIELD = new Map<string, ImportField>()
for (const field of IMPORT_FIELDS) {
  for (const synonym of HEADER_SYNONYMS[field]) SYNONYM_TO_FIELD.set(headerKey(synonym), field)
}

/** The field a header names, or null. "Nama Lengkap (dengan gelar)" still means the name. */
export function fieldForHeader(text: string): ImportField | null {
  const key = headerKey(text)
  if (!key) return null
  const exact = SYNONYM_TO_FIELD.get(key)
  if (exact) return exact
  // Headers with an explanation after them: "Nama Lengkap dan Gelar", "No. HP/WA (aktif)".
  const withoutParens = headerKey(text.replace(/\(.*?\)/g, ' '))
  return SYNONYM_TO_FIELD.get(withoutParens) ?? null
}

export function emptyMapping(): ColumnMapping {
  return Object.fromEntries(IMPORT_FIELDS.map((f) => [f, null])) as ColumnMapping
}

/**
 * Maps each field to the first column whose header names it; a header the user mapped before is
 * taken as they mapped it.
 */
export function mapColumns(header: string[], remembered: RememberedMapping = {}): ColumnMapping {
  const mapping = emptyMapping()
  header.forEach((text, column) => {
    const key = headerKey(text)
    const choice = key ? remembered[key] : undefined
    if (choice === 'ignore') return
    const field = choice ?? fieldForHeader(text)
    if (field && mapping[field] === null) mapping[field] = column
  })
  return mapping
}

/** What to remember from a mapping the user confirmed: header text → field. */
export function rememberMapping(
  header: string[],
  mapping: ColumnMapping,
  previous: RememberedMapping = {},
): RememberedMapping {
  const next: RememberedMapping = { ...previous }
  const byColumn = new Map<number, ImportField>()
  for (const field of IMPORT_FIELDS) {
    const column = mapping[field]
    if (column !== null) byColumn.set(column, field)
  }
  header.forEach((text, column) => {
    const key = headerKey(text)
    if (!key) return
    const field = byColumn.get(column)
    if (field) next[key] = field
    else if (fieldForHeader(text)) next[key] = 'ignore'
  })
  return next
}

/** "A", "B", … "AA": the column letter a spreadsheet user sees. */
export function columnLetter(index: number): string {
  let n = index + 1
  let letters = ''
  while (n > 0) {
    const rest = (n - 1) % 26
    letters = String.fromCharCode(65 + rest) + letters
    n = Math.floor((n - 1) / 26)
  }
  return letters
}

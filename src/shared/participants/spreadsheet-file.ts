import Papa from 'papaparse'
import readXlsxFile from 'read-excel-file/universal'

export type SpreadsheetReadError = 'not_spreadsheet' | 'xls_unsupported' | 'empty'

export type SpreadsheetRead =
  { ok: true; rows: string[][]; sheetName: string } | { ok: false; error: SpreadsheetReadError }

const TEXT_EXTENSIONS = ['csv', 'txt', 'tsv']

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte)
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  return String(value)
}

function hasContent(rows: string[][]): boolean {
  return rows.some((row) => row.some((cell) => cell.trim() !== ''))
}

async function readXlsx(bytes: Uint8Array): Promise<SpreadsheetRead> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
  let sheets: { sheet: string; data: unknown[][] }[]
  try {
    // Numbers stay as the text stored in the file: a NIP or phone is never rounded on the way.
    sheets = await readXlsxFile(buffer as ArrayBuffer, { parseNumber: (text: string) => text })
  } catch {
    return { ok: false, error: 'not_spreadsheet' }
  }
  for (const sheet of sheets) {
    const rows = sheet.data.map((row) => row.map(cellText))
    if (hasContent(rows)) return { ok: true, rows, sheetName: sheet.sheet }
  }
  return { ok: false, error: 'empty' }
}

function decodeText(bytes: Uint8Array): string {
  const utf8 = new TextDecoder('utf-8').decode(bytes)
  // Excel on Windows saves CSV in the ANSI code page; a replacement character betrays it.
  const text = utf8.includes('\ufffd') ? new TextDecoder('windows-1252').decode(bytes) : utf8
  return text.replace(/^\ufeff/, '')
}

function readCsv(bytes: Uint8Array): SpreadsheetRead {
  const parsed = Papa.parse<string[]>(decodeText(bytes), { skipEmptyLines: false })
  const rows = parsed.data.map((row) => row.map((cell) => cell ?? ''))
  if (!hasContent(rows)) return { ok: false, error: 'empty' }
  return { ok: true, rows, sheetName: '' }
}

/**
 * File bytes → rows of cell texts. XLSX is recognised by its zip signature whatever the name;
 * CSV (comma or semicolon, as Indonesian Excel saves it) by its extension and the absence of binary
 * bytes. Old .xls files get their own message, since saving as .xlsx is the fix.
 */
export async function readSpreadsheetRows(
  bytes: Uint8Array,
  fileName: string,
): Promise<SpreadsheetRead> {
  if (bytes.byteLength === 0) return { ok: false, error: 'empty' }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return readXlsx(bytes)
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return { ok: false, error: 'xls_unsupported' }
  const extension = fileName.split('.').pop()?.toLowerCase() ?? ''
  const head = bytes.subarray(0, 4096)
  if (!TEXT_EXTENSIONS.includes(extension) || head.includes(0)) {
    return { ok: false, error: 'not_spreadsheet' }
  }
  return readCsv(bytes)
}

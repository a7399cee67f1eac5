import { Inflate } from 'fflate'

// Reads the parts of a user's DOCX that verification needs, and nothing else, within limits. The
// entries are found through the central directory (what Word itself reads, so a second, hidden
// copy of a part cannot be slipped past), each wanted entry is inflated in small steps and
// refused as soon as it passes its limit: a 500 KB file cannot become 500 MB in memory.

export type DocxReadProblem =
  'not_docx' | 'unsupported_zip' | 'too_many_entries' | 'entry_too_large' | 'total_too_large'

export class DocxReadError extends Error {
  constructor(
    readonly problem: DocxReadProblem,
    readonly entry?: string,
  ) {
    super(entry ? `${problem}: ${entry}` : problem)
    this.name = 'DocxReadError'
  }
}

export interface ReadLimits {
  /** Largest inflated size of one entry, in bytes. */
  entryBytes: number
  /** Largest inflated size of all wanted entries together. */
  totalBytes: number
  maxEntries: number
}

export const DOCX_LIMITS: ReadLimits = {
  entryBytes: 16 * 1024 * 1024,
  totalBytes: 64 * 1024 * 1024,
  maxEntries: 10_000,
}

interface ZipEntry {
  name: string
  method: number
  flags: number
  compressedSize: number
  size: number
  localOffset: number
}

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
// Compressed bytes handed to the inflater at a time: DEFLATE expands at most ~1032:1, so one step
// adds at most ~16 MB before the running total is checked again.
const STEP = 16 * 1024

function u16(b: Uint8Array, at: number): number {
  return b[at]! | (b[at + 1]! << 8)
}

function u32(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0
}

const utf8 = new TextDecoder('utf-8', { fatal: false })

function centralDirectory(bytes: Uint8Array, limits: ReadLimits): ZipEntry[] {
  // The end record sits in the last 22 + 65535 bytes (its comment is at most 64 KB).
  let eocd = -1
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(bytes, at) === EOCD) {
      eocd = at
      break
    }
  }
  if (eocd < 0) throw new DocxReadError('not_docx')
  const count = u16(bytes, eocd + 10)
  const start = u32(bytes, eocd + 16)
  if (count === 0xffff || start === 0xffffffff) throw new DocxReadError('unsupported_zip')
  if (count > limits.maxEntries) throw new DocxReadError('too_many_entries')
  const entries: ZipEntry[] = []
  let at = start
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL) throw new DocxReadError('not_docx')
    const nameLength = u16(bytes, at + 28)
    const extraLength = u16(bytes, at + 30)
    const commentLength = u16(bytes, at + 32)
    entries.push({
      flags: u16(bytes, at + 8),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
      name: utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    })
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  limit: number,
  tooLarge: DocxReadProblem,
): Uint8Array {
  if (entry.flags & 1) throw new DocxReadError('unsupported_zip', entry.name)
  if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff)
    throw new DocxReadError('unsupported_zip', entry.name)
  // The declared size is checked first; the inflated bytes are counted anyway, as it may lie.
  if (entry.size > limit) throw new DocxReadError(tooLarge, entry.name)
  const local = entry.localOffset
  if (local + 30 > bytes.length || u32(bytes, local) !== LOCAL)
    throw new DocxReadError('not_docx', entry.name)
  const dataStart = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28)
  const data = bytes.subarray(dataStart, dataStart + entry.compressedSize)
  if (entry.method === 0) {
    if (data.length > limit) throw new DocxReadError(tooLarge, entry.name)
    return data.slice()
  }
  if (entry.method !== 8) throw new DocxReadError('unsupported_zip', entry.name)
  const chunks: Uint8Array[] = []
  let total = 0
  const inflater = new Inflate((chunk) => {
    total += chunk.length
    if (total > limit) throw new DocxReadError(tooLarge, entry.name)
    chunks.push(chunk)
  })
  for (let at = 0; at < data.length; at += STEP) {
    inflater.push(data.subarray(at, Math.min(data.length, at + STEP)), at + STEP >= data.length)
  }
  if (data.length === 0) inflater.push(new Uint8Array(0), true)
  const out = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.length
  }
  return out
}

export interface DocxArchive {
  /** Every entry's name; nothing is inflated until read. */
  names: string[]
  /** One entry inflated within the limits (throws DocxReadError past them), or undefined. */
  read(name: string): Uint8Array | undefined
}

/** Opens a DOCX's central directory; entries are inflated one by one, on demand. */
export function openDocx(bytes: Uint8Array, limits: ReadLimits = DOCX_LIMITS): DocxArchive {
  const entries = centralDirectory(bytes, limits)
  const byName = new Map<string, ZipEntry>()
  for (const entry of entries) {
    // Two entries of one name: which one an editor shows is not ours to guess.
    if (byName.has(entry.name)) throw new DocxReadError('unsupported_zip', entry.name)
    byName.set(entry.name, entry)
  }
  let total = 0
  return {
    names: entries.map((e) => e.name),
    read(name) {
      const entry = byName.get(name)
      if (!entry) return undefined
      const left = limits.totalBytes - total
      const content =
        left < limits.entryBytes
          ? inflateEntry(bytes, entry, left, 'total_too_large')
          : inflateEntry(bytes, entry, limits.entryBytes, 'entry_too_large')
      total += content.length
      return content
    },
  }
}

export function utf8Text(bytes: Uint8Array): string {
  return utf8.decode(bytes)
}

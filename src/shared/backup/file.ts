import { SCHEMA_VERSION } from '../domain'
import { plainBytes, sha256Hex } from '../bytes'
import { bytesReplacer, bytesReviver } from './bytes'
import { decryptBytes, encryptBytes, MAX_PBKDF2_ITERATIONS, PBKDF2_ITERATIONS } from './crypto'
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupRefusal,
  MAGIC,
  manifestSchema,
  STREAM_FORMAT_VERSION,
  type BackupManifest,
} from './format'
import { migrateDataset } from './migrations'
import {
  countRecords,
  TABLE_NAMES,
  TABLE_SCHEMAS,
  type Dataset,
  type RawDataset,
  type TableName,
} from './tables'

export type ProgressStep =
  'read' | 'pack' | 'encrypt' | 'checksum' | 'verify' | 'validate' | 'write'
export type OnProgress = (fraction: number, step: ProgressStep) => void

export interface BackupMeta {
  kind: BackupManifest['kind']
  appVersion: string
  dbVersion: number
  createdAt: string
  forum?: { id: string; title: string } | null
  /** The records' schema version when it is not the current one (a copy taken before a migration). */
  schemaVersion?: number
}

export interface WriteOptions {
  passphrase?: string
  /** Tests lower it; files always say which count they used. */
  iterations?: number
  onProgress?: OnProgress
}

/** MAGIC and the manifest's length. */
export const HEADER_BYTES = MAGIC.length + 4

/**
 * The platform's own raw DEFLATE (the format fflate's deflateSync wrote, so older files still
 * open): native code, several times faster than deflating in JavaScript, and it encodes the JSON
 * to UTF-8 (and back) on the way.
 */
export async function deflateText(text: string): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

export async function inflateText(packed: Uint8Array): Promise<string> {
  const stream = new Blob([plainBytes(packed)])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'))
  return new Response(stream).text()
}

/**
 * Applies `leaf` to every value inside records, rebuilding only the objects and arrays in which
 * something changed. Cheaper than a JSON replacer or reviver, which call back for every value of
 * every record even though only attachments hold bytes.
 */
export function mapLeaves(value: unknown, leaf: (value: object) => unknown): unknown {
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) {
    return value instanceof Uint8Array ? leaf(value) : value
  }
  const mapped = leaf(value)
  if (mapped !== value) return mapped
  if (Array.isArray(value)) {
    let out: unknown[] | undefined
    for (let i = 0; i < value.length; i++) {
      const item = mapLeaves(value[i], leaf)
      if (item !== value[i]) (out ??= [...value])[i] = item
    }
    return out ?? value
  }
  let out: Record<string, unknown> | undefined
  for (const key in value) {
    const field = (value as Record<string, unknown>)[key]
    const item = mapLeaves(field, leaf)
    if (item !== field) (out ??= { ...(value as Record<string, unknown>) })[key] = item
  }
  return out ?? value
}

/** JSON with every object's keys sorted, so the same manifest always gives the same bytes. */
function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  const entries = Object.entries(value)
    .filter(([, field]) => field !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`).join(',')}}`
}

/**
 * What AES-GCM authenticates besides the payload: the manifest without the payload's own
 * description (its checksum is of the cipher text, known only after sealing) and without the
 * encryption header (salt, iv and iterations already decide whether the tag verifies).
 */
export function manifestAdditionalData(
  manifest: Omit<BackupManifest, 'payload' | 'encryption'>,
): Uint8Array {
  const { format, formatVersion, kind, appVersion, schemaVersion, dbVersion, createdAt } = manifest
  return new TextEncoder().encode(
    canonicalJson({
      format,
      formatVersion,
      kind,
      appVersion,
      schemaVersion,
      dbVersion,
      createdAt,
      counts: manifest.counts,
      forum: manifest.forum,
    }),
  )
}

const encodeLeaf = (value: object) => bytesReplacer('', value)
const decodeLeaf = (value: object) => bytesReviver('', value)

/** Packs records into a `.mufakat` file. */
export async function writeBackupFile(
  data: RawDataset,
  meta: BackupMeta,
  options: WriteOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const progress = options.onProgress ?? (() => undefined)
  progress(0.35, 'pack')
  const packed = await deflateText(JSON.stringify({ tables: mapLeaves(data, encodeLeaf) }))
  const described: Omit<BackupManifest, 'payload' | 'encryption'> = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    kind: meta.kind,
    appVersion: meta.appVersion,
    schemaVersion: meta.schemaVersion ?? SCHEMA_VERSION,
    dbVersion: meta.dbVersion,
    createdAt: meta.createdAt,
    counts: countRecords(data) as Record<string, number>,
    forum: meta.forum ?? null,
  }
  let payload: Uint8Array = packed
  let encryption: BackupManifest['encryption'] = null
  if (options.passphrase) {
    progress(0.6, 'encrypt')
    const sealed = await encryptBytes(
      packed,
      options.passphrase,
      options.iterations ?? PBKDF2_ITERATIONS,
      manifestAdditionalData(described),
    )
    payload = sealed.cipher
    encryption = sealed.header
  }
  progress(0.8, 'checksum')
  const manifest: BackupManifest = {
    ...described,
    payload: { compression: 'deflate', bytes: payload.length, sha256: await sha256Hex(payload) },
    encryption,
  }
  const head = new TextEncoder().encode(JSON.stringify(manifest))
  const file = new Uint8Array(HEADER_BYTES + head.length + payload.length)
  file.set(MAGIC, 0)
  new DataView(file.buffer).setUint32(MAGIC.length, head.length)
  file.set(head, HEADER_BYTES)
  file.set(payload, HEADER_BYTES + head.length)
  progress(1, 'write')
  return file
}

/** True when the file begins with the magic, or is a beginning of it. */
export function startsWithMagic(bytes: Uint8Array): boolean {
  return MAGIC.every((byte, i) => i >= bytes.length || bytes[i] === byte)
}

/** The file's head as written, before any version or schema is judged. */
export function readHead(bytes: Uint8Array): { raw: object; headLength: number } {
  if (bytes.length === 0 || !startsWithMagic(bytes)) {
    throw new BackupRefusal({ reason: 'not_a_backup' })
  }
  if (bytes.length < HEADER_BYTES) throw new BackupRefusal({ reason: 'truncated' })
  const headLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(MAGIC.length)
  if (bytes.length < HEADER_BYTES + headLength) throw new BackupRefusal({ reason: 'truncated' })
  let raw: unknown
  try {
    raw = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(
        bytes.subarray(HEADER_BYTES, HEADER_BYTES + headLength),
      ),
    )
  } catch {
    throw new BackupRefusal({ reason: 'not_a_backup' })
  }
  if (
    typeof raw !== 'object' ||
    raw === null ||
    (raw as { format?: unknown }).format !== BACKUP_FORMAT
  ) {
    throw new BackupRefusal({ reason: 'not_a_backup' })
  }
  return { raw, headLength }
}

/**
 * Whether a `.mufakat` file is a whole backup or one forum's exchange package, read from its head
 * alone, so a file handed over by the desktop goes to the screen that previews its kind; null when
 * it is no Mufakat file (that screen then says why).
 */
export function backupKindOf(bytes: Uint8Array): BackupManifest['kind'] | null {
  try {
    const { kind } = readHead(bytes).raw as { kind?: unknown }
    return kind === 'full' || kind === 'forum' ? kind : null
  } catch {
    return null
  }
}

/**
 * Reads the manifest only: enough for a preview. Refuses a file that is not a backup, one cut
 * short, and one written by a newer version of the app.
 */
export function inspectBackupFile(
  bytes: Uint8Array,
  current: { dbVersion: number },
): { manifest: BackupManifest; payload: Uint8Array } {
  const { raw, headLength } = readHead(bytes)
  // A streamed file is read by ./stream.ts, a chunk at a time; only whole backups are streamed.
  if ((raw as { formatVersion?: unknown }).formatVersion === STREAM_FORMAT_VERSION) {
    throw new BackupRefusal({ reason: 'wrong_kind' })
  }
  // Judged before the full schema: a newer file may have a shape this version cannot read.
  const versions = raw as { formatVersion?: unknown; schemaVersion?: unknown; dbVersion?: unknown }
  const newer = [
    [versions.formatVersion, BACKUP_FORMAT_VERSION],
    [versions.schemaVersion, SCHEMA_VERSION],
    [versions.dbVersion, current.dbVersion],
  ].find(([theirs, ours]) => typeof theirs === 'number' && theirs > (ours as number))
  if (newer) throw new BackupRefusal({ reason: 'newer_version', version: newer[0] as number })
  const parsed = manifestSchema.safeParse(raw)
  if (!parsed.success) throw new BackupRefusal({ reason: 'not_a_backup' })
  const manifest = parsed.data
  const iterations = manifest.encryption?.iterations ?? 0
  if (iterations > MAX_PBKDF2_ITERATIONS) {
    throw new BackupRefusal({ reason: 'too_many_iterations', iterations })
  }
  const payload = bytes.subarray(HEADER_BYTES + headLength)
  if (payload.length < manifest.payload.bytes) throw new BackupRefusal({ reason: 'truncated' })
  if (payload.length > manifest.payload.bytes) {
    throw new BackupRefusal({ reason: 'checksum_mismatch' })
  }
  return { manifest, payload }
}

export interface OpenOptions {
  passphrase?: string
  dbVersion: number
  onProgress?: OnProgress
}

/** The restore step: parse → checksum → decrypt → migrate → validate every record. */
export async function openBackupFile(
  bytes: Uint8Array,
  options: OpenOptions,
): Promise<{ manifest: BackupManifest; data: Dataset }> {
  const progress = options.onProgress ?? (() => undefined)
  const { manifest, payload } = inspectBackupFile(bytes, options)
  progress(0.1, 'verify')
  if ((await sha256Hex(payload)) !== manifest.payload.sha256) {
    throw new BackupRefusal({ reason: 'checksum_mismatch' })
  }
  let packed = payload
  if (manifest.encryption) {
    if (!options.passphrase) throw new BackupRefusal({ reason: 'passphrase_required' })
    const plain = await decryptBytes(
      payload,
      manifest.encryption,
      options.passphrase,
      // Older files were sealed without it; a stripped marker still fails, as the tag covers it.
      manifest.encryption.aad === 'manifest' ? manifestAdditionalData(manifest) : undefined,
    )
    if (!plain) throw new BackupRefusal({ reason: 'wrong_passphrase' })
    packed = plain
  }
  progress(0.3, 'validate')
  let tables: RawDataset
  try {
    const parsed = JSON.parse(await inflateText(packed)) as { tables?: unknown }
    if (typeof parsed.tables !== 'object' || parsed.tables === null) throw new Error('no tables')
    tables = mapLeaves(parsed.tables, decodeLeaf) as RawDataset
  } catch {
    // The checksum matched, so the writer itself produced something unreadable.
    throw new BackupRefusal({ reason: 'not_a_backup' })
  }
  checkCounts(manifest.counts, tables)
  const migrated = migrateDataset(tables, manifest.schemaVersion)
  return { manifest, data: validateDataset(migrated) }
}

/**
 * The manifest's counts against the records actually decoded, table by table, before any
 * migration (the writer counted what it packed). A file whose preview promised other numbers than
 * it holds is refused, naming the first table that differs.
 */
export function checkCounts(counts: Record<string, number>, tables: RawDataset): void {
  for (const table of TABLE_NAMES) {
    const rows = tables[table]
    const actual = Array.isArray(rows) ? rows.length : 0
    const expected = counts[table] ?? 0
    if (expected !== actual) {
      throw new BackupRefusal({ reason: 'count_mismatch', table, expected, actual })
    }
  }
}

/** Every record through the current schemas; the first broken one is named. */
export function validateDataset(raw: RawDataset): Dataset {
  const out: Partial<Record<TableName, unknown[]>> = {}
  for (const table of TABLE_NAMES) {
    const rows = raw[table] ?? []
    if (!Array.isArray(rows)) {
      throw new BackupRefusal({
        reason: 'invalid_record',
        table,
        index: 0,
        field: '',
        code: 'array',
      })
    }
    const schema = TABLE_SCHEMAS[table]
    out[table] = rows.map((row, index) => {
      const result = schema.safeParse(row)
      if (!result.success) {
        const issue = result.error.issues[0]!
        throw new BackupRefusal({
          reason: 'invalid_record',
          table,
          index,
          field: issue.path.map(String).join('.'),
          code: /^[a-z_]+$/.test(issue.message) ? issue.message : issue.code,
        })
      }
      return result.data
    })
  }
  return out as Dataset
}

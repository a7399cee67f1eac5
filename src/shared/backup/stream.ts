import { z } from 'zod'
import { SCHEMA_VERSION } from '../domain'
import { base64ToBytes, bytesEqual, bytesToBase64, plainBytes, type Bytes } from '../bytes'
import { deriveKey, MAX_PBKDF2_ITERATIONS, PBKDF2_ITERATIONS, randomBytes } from './crypto'
import {
  checkCounts,
  deflateText,
  HEADER_BYTES,
  inflateText,
  inspectBackupFile,
  manifestAdditionalData,
  mapLeaves,
  readHead,
  startsWithMagic,
  validateDataset,
  type BackupMeta,
} from './file'
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
import type { Dataset, RawDataset } from './tables'

/**
 * The streamed `.mufakat` file (format version 2): the same MAGIC, length and clear manifest as
 * version 1, then a sequence of chunks instead of one payload, so that neither writing nor
 * restoring ever holds the whole database, nor its attachments, in one string.
 *
 * A chunk is: kind (1 byte), index (4 bytes), body length (4 bytes), then the 12-byte nonce of an
 * encrypted chunk or the SHA-256 of a plain one, then the body. Chunk 0 is `start`, then `rows`
 * chunks (a table's records as deflated JSON, every byte array replaced by `{ "$blob": n }`), each
 * followed by a `blob` chunk per attachment it refers to, and last the `end` marker with the number
 * of chunks and blobs (of fixed size, so that a preview finds it at the tail). Encrypted, every chunk is sealed with AES-GCM under a fresh nonce and the
 * manifest plus its own nine head bytes (kind, index, length) as additional data: a chunk moved,
 * dropped, swapped for another file's or cut off after the last one is refused.
 */

export const streamEncryptionSchema = z.object({
  algorithm: z.literal('AES-GCM-256'),
  kdf: z.literal('PBKDF2-SHA-256'),
  iterations: z.number().int().min(1),
  salt: z.string().min(1),
  aad: z.literal('manifest+chunk'),
})

export const streamManifestSchema = manifestSchema.extend({
  formatVersion: z.literal(STREAM_FORMAT_VERSION),
  payload: z.object({ framing: z.literal('chunks'), compression: z.literal('deflate') }),
  encryption: streamEncryptionSchema.nullable(),
})
export type StreamManifest = z.infer<typeof streamManifestSchema>

/** What a preview reads of either format. */
export type AnyBackupManifest = BackupManifest | StreamManifest

const CHUNK = { start: 1, rows: 2, blob: 3, end: 4 } as const
type ChunkKind = (typeof CHUNK)[keyof typeof CHUNK]
const CHUNK_HEAD = 9
const NONCE_BYTES = 12
const DIGEST_BYTES = 32
/** More than any chunk the writer makes (an attachment is at most 10 MB); a bigger one is damage. */
export const MAX_CHUNK_BYTES = 24 * 1024 * 1024
const START_TEXT = 'mufakat-stream'
/** The end marker's body: the number of chunks and of blobs (4 bytes each). */
const END_BODY_BYTES = 8
const GCM_TAG_BYTES = 16

/** The end marker's stored size: fixed, so a preview finds it at the file's tail in one read. */
function endChunkBytes(encrypted: boolean): number {
  return encrypted
    ? CHUNK_HEAD + NONCE_BYTES + END_BODY_BYTES + GCM_TAG_BYTES
    : CHUNK_HEAD + DIGEST_BYTES + END_BODY_BYTES
}

/** Where a streamed file goes, a piece at a time (a Blob's parts, main's temp file). */
export interface ByteSink {
  write(bytes: Bytes): Promise<void>
}

/** A streamed file being written: its sink, and the two ways it can end. */
export interface ByteTarget extends ByteSink {
  finish(): Promise<void>
  abort(): Promise<void>
}

/** Writes into `target` and finishes it, or aborts it (nothing half-written stays) on any error. */
export async function writeInto<T>(
  target: ByteTarget,
  write: (sink: ByteSink) => Promise<T>,
): Promise<T> {
  try {
    const result = await write(target)
    await target.finish()
    return result
  } catch (error) {
    await target.abort().catch(() => undefined)
    throw error
  }
}

/**
 * Gathers small writes into pieces of about `pieceBytes` before they go on (one IPC call per
 * piece, not per chunk).
 */
export function coalescingTarget(target: ByteTarget, pieceBytes: number): ByteTarget {
  let parts: Uint8Array[] = []
  let held = 0
  const flush = async () => {
    if (held === 0) return
    const piece = concat(parts)
    parts = []
    held = 0
    await target.write(piece)
  }
  return {
    async write(bytes) {
      parts.push(bytes)
      held += bytes.length
      if (held >= pieceBytes) await flush()
    },
    async finish() {
      await flush()
      await target.finish()
    },
    abort: () => {
      parts = []
      held = 0
      return target.abort()
    },
  }
}

/** Where a file is read from, a piece at a time (File.slice, main's read handle, bytes). */
export interface ByteSource {
  readonly size: number
  read(offset: number, length: number): Promise<Uint8Array>
}

export function bytesSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    read: async (offset, length) => bytes.subarray(offset, offset + length),
  }
}

/**
 * Reads ahead in windows of `windowBytes`, so a chunk's small head and its body cost one read of
 * the underlying source (one IPC call on the desktop), not two.
 */
export function readAheadSource(source: ByteSource, windowBytes: number): ByteSource {
  let windowStart = 0
  let window: Uint8Array = new Uint8Array(0)
  return {
    size: source.size,
    async read(offset, length) {
      if (offset >= windowStart && offset + length <= windowStart + window.length) {
        return window.subarray(offset - windowStart, offset - windowStart + length)
      }
      if (length >= windowBytes) return source.read(offset, length)
      windowStart = offset
      window = await source.read(offset, Math.min(windowBytes, source.size - offset))
      return window.subarray(0, length)
    },
  }
}

function chunkHead(kind: ChunkKind, index: number, length: number): Bytes {
  const head = new Uint8Array(CHUNK_HEAD)
  const view = new DataView(head.buffer)
  view.setUint8(0, kind)
  view.setUint32(1, index)
  view.setUint32(5, length)
  return head
}

function concat(parts: readonly Uint8Array[]): Bytes {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

async function digest(head: Uint8Array, body: Uint8Array): Promise<Bytes> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', concat([head, body])))
}

type Key = Awaited<ReturnType<typeof deriveKey>>

interface Sealing {
  key: Key
  /** The manifest's additional data; each chunk adds its own head. */
  aad: Uint8Array
}

function gcm(sealing: Sealing, nonce: Uint8Array, head: Uint8Array) {
  return {
    name: 'AES-GCM',
    iv: plainBytes(nonce),
    additionalData: concat([sealing.aad, head]),
  }
}

export interface StreamWriteOptions {
  passphrase?: string
  iterations?: number
  /**
   * Test-decrypts every sealed chunk with a key derived again from the passphrase, so a file that
   * could not be opened again is refused ('unverified') before it is called done.
   */
  verify?: boolean
}

type Blobbed = { $blob: number }

function isBlobRef(value: unknown): value is Blobbed {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Uint8Array) &&
    Object.keys(value).length === 1 &&
    typeof (value as Blobbed).$blob === 'number'
  )
}

/** Writes one streamed backup: `start`, then `rows` table by table, then `finish`. */
export class BackupStreamWriter {
  private index = 0
  private blobs = 0
  private readonly written: Record<string, number> = {}

  private constructor(
    private readonly sink: ByteSink,
    readonly manifest: StreamManifest,
    private readonly sealing: Sealing | null,
    private readonly check: Key | null,
  ) {}

  /** `meta.counts` are promised in the clear manifest; `finish` refuses to end on other numbers. */
  static async start(
    sink: ByteSink,
    meta: BackupMeta & { counts: Record<string, number> },
    options: StreamWriteOptions = {},
  ): Promise<BackupStreamWriter> {
    const iterations = options.iterations ?? PBKDF2_ITERATIONS
    const salt = options.passphrase ? randomBytes(16) : null
    const manifest: StreamManifest = {
      format: BACKUP_FORMAT,
      formatVersion: STREAM_FORMAT_VERSION,
      kind: meta.kind,
      appVersion: meta.appVersion,
      schemaVersion: meta.schemaVersion ?? SCHEMA_VERSION,
      dbVersion: meta.dbVersion,
      createdAt: meta.createdAt,
      counts: meta.counts,
      forum: meta.forum ?? null,
      payload: { framing: 'chunks', compression: 'deflate' },
      encryption: salt
        ? {
            algorithm: 'AES-GCM-256',
            kdf: 'PBKDF2-SHA-256',
            iterations,
            salt: bytesToBase64(salt),
            aad: 'manifest+chunk',
          }
        : null,
    }
    let sealing: Sealing | null = null
    let check: Key | null = null
    if (options.passphrase && salt) {
      sealing = {
        key: await deriveKey(options.passphrase, salt, iterations),
        aad: manifestAdditionalData(manifest),
      }
      if (options.verify) check = await deriveKey(options.passphrase, salt, iterations)
    }
    const head = new TextEncoder().encode(JSON.stringify(manifest))
    const prefix = new Uint8Array(HEADER_BYTES + head.length)
    prefix.set(MAGIC, 0)
    new DataView(prefix.buffer).setUint32(MAGIC.length, head.length)
    prefix.set(head, HEADER_BYTES)
    await sink.write(prefix)
    const writer = new BackupStreamWriter(sink, manifest, sealing, check)
    await writer.chunk(CHUNK.start, new TextEncoder().encode(START_TEXT))
    return writer
  }

  private async chunk(kind: ChunkKind, body: Bytes): Promise<void> {
    if (!this.sealing) {
      const head = chunkHead(kind, this.index++, body.length)
      await this.sink.write(concat([head, await digest(head, body), body]))
      return
    }
    // AES-GCM adds a 16-byte tag: the stored length is known before sealing.
    const head = chunkHead(kind, this.index++, body.length + GCM_TAG_BYTES)
    const nonce = randomBytes(NONCE_BYTES)
    const sealed = new Uint8Array(
      await crypto.subtle.encrypt(gcm(this.sealing, nonce, head), this.sealing.key, body),
    )
    if (this.check) {
      const again = await crypto.subtle
        .decrypt(gcm(this.sealing, nonce, head), this.check, sealed)
        .then((plain) => new Uint8Array(plain))
        .catch(() => null)
      if (!again || !bytesEqual(again, body)) throw new BackupRefusal({ reason: 'unverified' })
    }
    await this.sink.write(concat([head, nonce, sealed]))
  }

  /** One chunk of a table's records, then one `blob` chunk per byte array inside them. */
  async rows(table: string, rows: readonly unknown[]): Promise<void> {
    if (rows.length === 0) return
    const blobs: Uint8Array[] = []
    const encoded = rows.map((row) =>
      mapLeaves(row, (leaf) =>
        leaf instanceof Uint8Array ? { $blob: this.blobs + blobs.push(leaf) - 1 } : leaf,
      ),
    )
    await this.chunk(CHUNK.rows, await deflateText(JSON.stringify({ table, rows: encoded })))
    for (const blob of blobs) await this.chunk(CHUNK.blob, plainBytes(blob))
    this.blobs += blobs.length
    this.written[table] = (this.written[table] ?? 0) + rows.length
  }

  /** The `end` marker. Throws when the records written are not those the manifest promised. */
  async finish(): Promise<void> {
    const tables = new Set([...Object.keys(this.manifest.counts), ...Object.keys(this.written)])
    for (const table of tables) {
      if ((this.manifest.counts[table] ?? 0) !== (this.written[table] ?? 0)) {
        throw new Error(`the data changed while the backup was written (${table})`)
      }
    }
    const end = new Uint8Array(END_BODY_BYTES)
    new DataView(end.buffer).setUint32(0, this.index + 1)
    new DataView(end.buffer).setUint32(4, this.blobs)
    await this.chunk(CHUNK.end, end)
  }
}

/** What the head of either format says, judged before anything else is read. */
export type BackupHead =
  | { formatVersion: typeof BACKUP_FORMAT_VERSION; manifest: BackupManifest }
  | { formatVersion: typeof STREAM_FORMAT_VERSION; manifest: StreamManifest; start: number }

async function readExactly(
  source: ByteSource,
  offset: number,
  length: number,
): Promise<Uint8Array> {
  if (offset + length > source.size) throw new BackupRefusal({ reason: 'truncated' })
  const bytes = await source.read(offset, length)
  if (bytes.length !== length) throw new BackupRefusal({ reason: 'truncated' })
  return bytes
}

/**
 * Reads only the manifest of a streamed file (a few kilobytes); an older single-payload file is
 * read whole, as it always was (they were at most 200 MB).
 */
export async function inspectBackupSource(
  source: ByteSource,
  current: { dbVersion: number },
): Promise<BackupHead> {
  const prefix = await source.read(0, Math.min(source.size, HEADER_BYTES))
  if (prefix.length === 0 || !startsWithMagic(prefix)) {
    throw new BackupRefusal({ reason: 'not_a_backup' })
  }
  if (prefix.length < HEADER_BYTES) throw new BackupRefusal({ reason: 'truncated' })
  const headLength = new DataView(prefix.buffer, prefix.byteOffset).getUint32(MAGIC.length)
  const start = HEADER_BYTES + headLength
  const { raw } = readHead(await readExactly(source, 0, start))
  const version = (raw as { formatVersion?: unknown }).formatVersion
  if (version !== STREAM_FORMAT_VERSION) {
    const { manifest } = inspectBackupFile(await readExactly(source, 0, source.size), current)
    return { formatVersion: BACKUP_FORMAT_VERSION, manifest }
  }
  const versions = raw as { schemaVersion?: unknown; dbVersion?: unknown }
  const newer = [
    [versions.schemaVersion, SCHEMA_VERSION],
    [versions.dbVersion, current.dbVersion],
  ].find(([theirs, ours]) => typeof theirs === 'number' && theirs > (ours as number))
  if (newer) throw new BackupRefusal({ reason: 'newer_version', version: newer[0] as number })
  const parsed = streamManifestSchema.safeParse(raw)
  if (!parsed.success) throw new BackupRefusal({ reason: 'not_a_backup' })
  const iterations = parsed.data.encryption?.iterations ?? 0
  if (iterations > MAX_PBKDF2_ITERATIONS) {
    throw new BackupRefusal({ reason: 'too_many_iterations', iterations })
  }
  // A file cut short lacks its end marker, whose size is fixed: told at the preview already.
  const tail = endChunkBytes(parsed.data.encryption !== null)
  if (source.size < start + tail) throw new BackupRefusal({ reason: 'truncated' })
  const end = await readExactly(source, source.size - tail, CHUNK_HEAD)
  const view = new DataView(end.buffer, end.byteOffset, end.length)
  const stored = tail - CHUNK_HEAD - (parsed.data.encryption ? NONCE_BYTES : DIGEST_BYTES)
  if (view.getUint8(0) !== CHUNK.end || view.getUint32(5) !== stored) {
    throw new BackupRefusal({ reason: 'truncated' })
  }
  return { formatVersion: STREAM_FORMAT_VERSION, manifest: parsed.data, start }
}

export type StreamEntry =
  | { kind: 'rows'; table: string; rows: unknown[] }
  | { kind: 'blob'; index: number; bytes: Uint8Array }

/**
 * Every chunk of a streamed file in order, each verified (nonce and tag, or checksum) before it is
 * yielded. Refuses a chunk out of place ('chunk_order': moved, dropped or from another file), a
 * damaged one ('chunk_corrupt'), a file without its end marker ('truncated'), and a wrong
 * passphrase (the first chunk does not open).
 */
export async function* readStreamEntries(
  source: ByteSource,
  head: Extract<BackupHead, { formatVersion: 2 }>,
  passphrase?: string,
): AsyncGenerator<StreamEntry, void, undefined> {
  const { manifest } = head
  let sealing: Sealing | null = null
  if (manifest.encryption) {
    if (!passphrase) throw new BackupRefusal({ reason: 'passphrase_required' })
    const { salt, iterations } = manifest.encryption
    sealing = {
      key: await deriveKey(passphrase, base64ToBytes(salt), iterations),
      aad: manifestAdditionalData(manifest),
    }
  }
  const extra = sealing ? NONCE_BYTES : DIGEST_BYTES
  let offset = head.start
  let blobs = 0
  for (let expected = 0; ; expected++) {
    if (offset >= source.size) throw new BackupRefusal({ reason: 'truncated' })
    const top = await readExactly(source, offset, CHUNK_HEAD + extra)
    const view = new DataView(top.buffer, top.byteOffset, top.length)
    const kind = view.getUint8(0)
    const index = view.getUint32(1)
    const length = view.getUint32(5)
    if (index !== expected || (kind === CHUNK.start) !== (expected === 0)) {
      throw new BackupRefusal({ reason: 'chunk_order', chunk: expected })
    }
    if (length > MAX_CHUNK_BYTES)
      throw new BackupRefusal({ reason: 'chunk_corrupt', chunk: expected })
    const stored = await readExactly(source, offset + top.length, length)
    offset += top.length + length
    const chunkTop = top.subarray(0, CHUNK_HEAD)
    let body: Uint8Array | null
    if (sealing) {
      body = await crypto.subtle
        .decrypt(gcm(sealing, top.subarray(CHUNK_HEAD), chunkTop), sealing.key, plainBytes(stored))
        .then((plain) => new Uint8Array(plain))
        .catch(() => null)
      if (!body && expected === 0) throw new BackupRefusal({ reason: 'wrong_passphrase' })
    } else {
      body = bytesEqual(await digest(chunkTop, stored), top.subarray(CHUNK_HEAD)) ? stored : null
    }
    if (!body) throw new BackupRefusal({ reason: 'chunk_corrupt', chunk: expected })
    const corrupt = () => new BackupRefusal({ reason: 'chunk_corrupt', chunk: expected })
    switch (kind) {
      case CHUNK.start:
        if (new TextDecoder().decode(body) !== START_TEXT) throw corrupt()
        break
      case CHUNK.rows: {
        const parsed = await inflateText(body)
          .then((text) => JSON.parse(text) as { table?: unknown; rows?: unknown })
          .catch(() => null)
        if (!parsed || typeof parsed.table !== 'string' || !Array.isArray(parsed.rows)) {
          throw corrupt()
        }
        yield { kind: 'rows', table: parsed.table, rows: parsed.rows }
        break
      }
      case CHUNK.blob:
        yield { kind: 'blob', index: blobs++, bytes: body }
        break
      case CHUNK.end: {
        if (body.length !== END_BODY_BYTES) throw corrupt()
        const end = new DataView(body.buffer, body.byteOffset, body.length)
        if (end.getUint32(0) !== expected + 1 || end.getUint32(4) !== blobs) {
          throw new BackupRefusal({ reason: 'chunk_order', chunk: expected })
        }
        if (offset !== source.size) throw new BackupRefusal({ reason: 'checksum_mismatch' })
        return
      }
      default:
        throw corrupt()
    }
  }
}

/**
 * Where each attachment of a verified file goes: blob n fills the record that referred to it, and
 * a record is complete once all its blobs have arrived.
 */
export class BlobSlots {
  private readonly pending = new Map<object, number>()
  private readonly owners: { table: keyof Dataset; row: object }[] = []

  constructor(
    readonly data: Dataset,
    private readonly sentinels: readonly Uint8Array[],
  ) {
    const index = new Map(sentinels.map((sentinel, n) => [sentinel, n]))
    for (const table of Object.keys(data) as (keyof Dataset)[]) {
      for (const row of data[table] as object[]) {
        mapLeaves(row, (leaf) => {
          const n = leaf instanceof Uint8Array ? index.get(leaf) : undefined
          if (n !== undefined) {
            this.owners[n] = { table, row }
            this.pending.set(row, (this.pending.get(row) ?? 0) + 1)
          }
          return leaf
        })
      }
    }
  }

  get blobCount(): number {
    return this.sentinels.length
  }

  /** A table's records that hold no blob: written at once. */
  complete(table: keyof Dataset): object[] {
    return (this.data[table] as object[]).filter((row) => !this.pending.has(row))
  }

  /** Puts blob n in its record; returns the record when it is complete, else null. */
  fill(n: number, bytes: Uint8Array): { table: keyof Dataset; row: object } | null {
    const owner = this.owners[n]
    const sentinel = this.sentinels[n]
    if (!owner || !sentinel) throw new BackupRefusal({ reason: 'chunk_order', chunk: n })
    const filled = mapLeaves(owner.row, (leaf) => (leaf === sentinel ? bytes : leaf)) as object
    const left = (this.pending.get(owner.row) ?? 1) - 1
    this.pending.delete(owner.row)
    if (left > 0) {
      this.pending.set(filled, left)
      for (const other of this.owners) if (other?.row === owner.row) other.row = filled
      return null
    }
    return { table: owner.table, row: filled }
  }
}

/**
 * The first pass of a restore: every chunk verified, the records decoded (attachments stand in as
 * empty placeholders), the manifest's counts checked, migrated and validated. Nothing is written,
 * and nothing of an attachment stays in memory.
 */
export async function verifyStreamedBackup(
  source: ByteSource,
  head: Extract<BackupHead, { formatVersion: 2 }>,
  options: { passphrase?: string; onProgress?: (fraction: number) => void } = {},
): Promise<BlobSlots> {
  const raw: Record<string, unknown[]> = {}
  const sentinels: Uint8Array[] = []
  let blobsSeen = 0
  let read = 0
  for await (const entry of readStreamEntries(source, head, options.passphrase)) {
    if (entry.kind === 'rows') {
      const rows = entry.rows.map((row) =>
        mapLeaves(row, (leaf) => {
          if (!isBlobRef(leaf)) return leaf
          const sentinel = new Uint8Array(0)
          sentinels[leaf.$blob] = sentinel
          return sentinel
        }),
      )
      ;(raw[entry.table] ??= []).push(...rows)
      read += rows.length
    } else {
      if (!sentinels[entry.index])
        throw new BackupRefusal({ reason: 'chunk_order', chunk: entry.index })
      blobsSeen++
    }
    options.onProgress?.(read)
  }
  if (blobsSeen !== sentinels.length || sentinels.some((s) => s === undefined)) {
    throw new BackupRefusal({ reason: 'truncated' })
  }
  checkCounts(head.manifest.counts, raw as RawDataset)
  const data = validateDataset(migrateDataset(raw as RawDataset, head.manifest.schemaVersion))
  return new BlobSlots(data, sentinels)
}

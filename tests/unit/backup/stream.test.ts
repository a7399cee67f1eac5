import { describe, expect, it } from 'vitest'
import {
  BackupRefusal,
  BackupStreamWriter,
  bytesSource,
  inspectBackupSource,
  migrateDataset,
  TABLE_NAMES,
  validateDataset,
  verifyStreamedBackup,
  writeBackupFile,
  type BackupHead,
  type Dataset,
  type Refusal,
} from '@shared/backup'
import { fixtureTables, META } from './fixture'

const FAST = { iterations: 1_000 }
const CURRENT = { dbVersion: 99 }

function dataset(): Dataset {
  const data = validateDataset(migrateDataset(fixtureTables(), 1))
  const forum = data.forums[0]!
  const photo = (n: number) => {
    const bytes = new Uint8Array(50_000 + n).map((_, i) => (i * 31 + n) % 256)
    return {
      id: `6f1c1b0e-8a4b-4c39-9a7e-0c5d2f1e9b1${n}`,
      ownerType: 'forum_photo' as const,
      ownerId: forum.id,
      forumId: forum.id,
      name: `foto-${n}.jpg`,
      mime: 'image/jpeg',
      size: bytes.length,
      bytes,
      takenOn: '2026-03-09',
      caption: '',
      createdAt: META.createdAt,
      updatedAt: META.createdAt,
    }
  }
  return { ...data, attachments: [photo(1), photo(2), photo(3)] }
}

function counts(data: Dataset): Record<string, number> {
  return Object.fromEntries(TABLE_NAMES.map((table) => [table, data[table].length]))
}

async function write(
  data: Dataset,
  options: { passphrase?: string; rowsPerChunk?: number } = {},
): Promise<Uint8Array> {
  const parts: Uint8Array[] = []
  const writer = await BackupStreamWriter.start(
    { write: async (bytes) => void parts.push(bytes) },
    { ...META, dbVersion: 1, counts: counts(data) },
    { ...FAST, passphrase: options.passphrase, verify: true },
  )
  const size = options.rowsPerChunk ?? 2
  for (const table of TABLE_NAMES) {
    const rows: unknown[] = data[table]
    for (let i = 0; i < rows.length; i += size) await writer.rows(table, rows.slice(i, i + size))
  }
  await writer.finish()
  const file = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let at = 0
  for (const part of parts) {
    file.set(part, at)
    at += part.length
  }
  return file
}

type Streamed = Extract<BackupHead, { formatVersion: 2 }>

async function head(file: Uint8Array): Promise<Streamed> {
  const found = await inspectBackupSource(bytesSource(file), CURRENT)
  if (found.formatVersion !== 2) throw new Error('expected a streamed file')
  return found
}

/** The whole restore in memory: verified first, then every blob put back. */
async function open(file: Uint8Array, passphrase?: string): Promise<Dataset> {
  const source = bytesSource(file)
  const found = await head(file)
  const slots = await verifyStreamedBackup(source, found, { passphrase })
  const { readStreamEntries } = await import('@shared/backup')
  const out = Object.fromEntries(
    TABLE_NAMES.map((table) => [table, [...slots.complete(table)]]),
  ) as unknown as Record<string, object[]>
  for await (const entry of readStreamEntries(source, found, passphrase)) {
    if (entry.kind !== 'blob') continue
    const done = slots.fill(entry.index, entry.bytes)
    if (done) out[done.table]!.push(done.row)
  }
  return out as unknown as Dataset
}

/** [start, end) of every chunk after the manifest. */
function chunkSpans(file: Uint8Array, start: number, encrypted: boolean): [number, number][] {
  const view = new DataView(file.buffer, file.byteOffset, file.length)
  const spans: [number, number][] = []
  for (let at = start; at < file.length;) {
    const end = at + 9 + (encrypted ? 12 : 32) + view.getUint32(at + 5)
    spans.push([at, end])
    at = end
  }
  return spans
}

function splice(file: Uint8Array, spans: [number, number][]): Uint8Array {
  const parts = spans.map(([a, b]) => file.subarray(a, b))
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

async function refusalOf(promise: Promise<unknown>): Promise<Refusal> {
  try {
    await promise
  } catch (error) {
    if (error instanceof BackupRefusal) return error.refusal
    throw error
  }
  throw new Error('expected a refusal')
}

describe('streamed backup file', () => {
  it('round-trips every record, attachments byte-equal, plain and encrypted', async () => {
    const data = dataset()
    for (const passphrase of [undefined, 'kupang-2026 rahasia']) {
      const file = await write(data, { passphrase })
      const found = await head(file)
      expect(found.manifest.counts.attachments).toBe(3)
      expect(found.manifest.encryption !== null).toBe(passphrase !== undefined)
      const back = await open(file, passphrase)
      for (const table of TABLE_NAMES) expect(back[table]).toHaveLength(data[table].length)
      const byId = new Map(back.attachments.map((a) => [a.id, a.bytes]))
      for (const attachment of data.attachments) {
        expect(byId.get(attachment.id)).toEqual(attachment.bytes)
      }
      expect(back.forums).toEqual(data.forums)
    }
  })

  it('keeps attachments out of the rows: each is a chunk of its own', async () => {
    const data = dataset()
    const file = await write(data)
    const found = await head(file)
    const text = new TextDecoder('latin1').decode(file.subarray(found.start))
    expect(text).not.toContain('$bytes')
    // start, the rows, three blobs, end.
    expect(chunkSpans(file, found.start, false).length).toBeGreaterThan(5)
  })

  it('refuses a chunk altered, dropped or moved, naming the chunk', async () => {
    const data = dataset()
    for (const passphrase of [undefined, 'kupang-2026 rahasia']) {
      const file = await write(data, { passphrase })
      const { start } = await head(file)
      const spans = chunkSpans(file, start, passphrase !== undefined)
      const prefix: [number, number] = [0, start]

      const tampered = file.slice()
      tampered[spans[3]![1] - 1]! ^= 0x01
      expect(await refusalOf(open(tampered, passphrase))).toEqual({
        reason: 'chunk_corrupt',
        chunk: 3,
      })

      const dropped = splice(file, [prefix, ...spans.slice(0, 2), ...spans.slice(3)])
      expect(await refusalOf(open(dropped, passphrase))).toEqual({
        reason: 'chunk_order',
        chunk: 2,
      })

      const swapped = splice(file, [prefix, spans[0]!, spans[2]!, spans[1]!, ...spans.slice(3)])
      expect(await refusalOf(open(swapped, passphrase))).toEqual({
        reason: 'chunk_order',
        chunk: 1,
      })

      const noEnd = splice(file, [prefix, ...spans.slice(0, -1)])
      expect((await refusalOf(open(noEnd, passphrase))).reason).toBe('truncated')
    }
  })

  it('refuses a chunk whose index was rewritten to hide a move (the index is sealed)', async () => {
    const file = await write(dataset(), { passphrase: 'kupang-2026 rahasia' })
    const { start } = await head(file)
    const spans = chunkSpans(file, start, true)
    const swapped = splice(file, [[0, start], spans[0]!, spans[2]!, spans[1]!, ...spans.slice(3)])
    const view = new DataView(swapped.buffer)
    const second = start + (spans[0]![1] - spans[0]![0])
    const third = second + (spans[2]![1] - spans[2]![0])
    view.setUint32(second + 1, 1)
    view.setUint32(third + 1, 2)
    expect(await refusalOf(open(swapped, 'kupang-2026 rahasia'))).toEqual({
      reason: 'chunk_corrupt',
      chunk: 1,
    })
  })

  it('refuses a wrong or missing passphrase, and a manifest altered in the clear', async () => {
    const file = await write(dataset(), { passphrase: 'kupang-2026 rahasia' })
    expect((await refusalOf(open(file, 'salah'))).reason).toBe('wrong_passphrase')
    expect((await refusalOf(open(file))).reason).toBe('passphrase_required')
    const text = new TextDecoder('latin1').decode(file)
    const altered = Uint8Array.from(
      text.replace('"appVersion":"0.1.0"', '"appVersion":"0.1.1"'),
      (c) => c.charCodeAt(0),
    )
    expect((await refusalOf(open(altered, 'kupang-2026 rahasia'))).reason).toBe('wrong_passphrase')
  })

  it('refuses a file whose counts differ from what it holds', async () => {
    const data = dataset()
    const parts: Uint8Array[] = []
    const writer = await BackupStreamWriter.start(
      { write: async (bytes) => void parts.push(bytes) },
      { ...META, dbVersion: 1, counts: { ...counts(data), forums: data.forums.length } },
      FAST,
    )
    await writer.rows('forums', data.forums.slice(1))
    await expect(writer.finish()).rejects.toThrow(/changed while the backup was written/)
  })

  it('still opens a single-payload file of format version 1', async () => {
    const data = dataset()
    const old = await writeBackupFile(data, META, FAST)
    const found = await inspectBackupSource(bytesSource(old), CURRENT)
    expect(found.formatVersion).toBe(1)
    expect(found.manifest.counts.attachments).toBe(3)
  })
})

import { deflateSync, inflateSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import {
  BackupRefusal,
  inspectBackupFile,
  MAGIC,
  migrateDataset,
  openBackupFile,
  PBKDF2_ITERATIONS,
  validateDataset,
  writeBackupFile,
  type RawDataset,
  type Refusal,
} from '@shared/backup'
import { sha256Hex } from '@shared/bytes'
import { SCHEMA_VERSION } from '@shared/domain'
import { fixtureTables, META } from './fixture'

const FAST = { iterations: 1_000 }

function withAttachment(tables: RawDataset): RawDataset {
  const forum = (tables.forums as { id: string }[])[0]!
  const bytes = new Uint8Array(70_000).map((_, i) => (i * 31) % 256)
  return {
    ...tables,
    attachments: [
      {
        id: '6f1c1b0e-8a4b-4c39-9a7e-0c5d2f1e9b11',
        ownerType: 'forum_photo',
        ownerId: forum.id,
        forumId: forum.id,
        name: 'foto-kegiatan.jpg',
        mime: 'image/jpeg',
        size: bytes.length,
        bytes,
        takenOn: '2026-03-09',
        caption: 'Pembukaan',
        createdAt: META.createdAt,
        updatedAt: META.createdAt,
      },
    ],
  }
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

describe('backup file', () => {
  it('writes a manifest with versions, counts, time and the payload checksum', async () => {
    const tables = withAttachment(fixtureTables())
    const file = await writeBackupFile(tables, META)
    const { manifest, payload } = inspectBackupFile(file, { dbVersion: 1 })
    expect(manifest).toMatchObject({
      format: 'mufakat-backup',
      kind: 'full',
      appVersion: '0.1.0',
      schemaVersion: SCHEMA_VERSION,
      dbVersion: 1,
      createdAt: META.createdAt,
      encryption: null,
    })
    expect(manifest.counts.forums).toBe((tables.forums ?? []).length)
    expect(manifest.counts.attachments).toBe(1)
    expect(manifest.payload.sha256).toBe(await sha256Hex(payload))
  })

  it('round-trips every record, attachment bytes included', async () => {
    const tables = withAttachment(fixtureTables())
    const file = await writeBackupFile(tables, META)
    const { data } = await openBackupFile(file, { dbVersion: 1 })
    expect(data.forums).toEqual(tables.forums)
    expect(data.people).toEqual(tables.people)
    expect(data.attachments[0]!.bytes).toBeInstanceOf(Uint8Array)
    expect(data.attachments[0]!.bytes).toEqual(
      (tables.attachments![0] as { bytes: Uint8Array }).bytes,
    )
  })

  it('opens a file deflated by fflate, as the app wrote them before the native compressor', async () => {
    const tables = withAttachment(fixtureTables())
    const current = inspectBackupFile(await writeBackupFile(tables, META), { dbVersion: 1 })
    const payload = deflateSync(inflateSync(current.payload), { level: 1 })
    const manifest = {
      ...current.manifest,
      payload: {
        ...current.manifest.payload,
        bytes: payload.length,
        sha256: await sha256Hex(payload),
      },
    }
    const head = new TextEncoder().encode(JSON.stringify(manifest))
    const file = new Uint8Array(MAGIC.length + 4 + head.length + payload.length)
    file.set(MAGIC, 0)
    new DataView(file.buffer).setUint32(MAGIC.length, head.length)
    file.set(head, MAGIC.length + 4)
    file.set(payload, MAGIC.length + 4 + head.length)
    const { data } = await openBackupFile(file, { dbVersion: 1 })
    expect(data.forums).toEqual(tables.forums)
    expect(data.attachments[0]!.bytes).toEqual(
      (tables.attachments![0] as { bytes: Uint8Array }).bytes,
    )
  })

  it('encrypts with AES-GCM and a PBKDF2 key, and says so without holding the key', async () => {
    const file = await writeBackupFile(fixtureTables(), META, { passphrase: 'rahasia kupang' })
    const { manifest, payload } = inspectBackupFile(file, { dbVersion: 1 })
    expect(manifest.encryption).toMatchObject({ algorithm: 'AES-GCM-256', kdf: 'PBKDF2-SHA-256' })
    expect(manifest.encryption!.iterations).toBe(600_000)
    expect(manifest.encryption!.iterations).toBe(PBKDF2_ITERATIONS)
    const text = new TextDecoder().decode(file)
    expect(text).not.toContain('rahasia kupang')
    expect(text).not.toContain('Perizinan Berusaha')
    expect(payload.length).toBe(manifest.payload.bytes)
    const { data } = await openBackupFile(file, { dbVersion: 1, passphrase: 'rahasia kupang' })
    expect(data.forums).toEqual(fixtureTables().forums)
  })

  it('uses a fresh salt and iv for every file', async () => {
    const a = inspectBackupFile(await writeBackupFile({}, META, { passphrase: 'x', ...FAST }), {
      dbVersion: 1,
    })
    const b = inspectBackupFile(await writeBackupFile({}, META, { passphrase: 'x', ...FAST }), {
      dbVersion: 1,
    })
    expect(a.manifest.encryption!.salt).not.toBe(b.manifest.encryption!.salt)
    expect(a.manifest.encryption!.iv).not.toBe(b.manifest.encryption!.iv)
  })

  it('refuses a wrong or missing passphrase', async () => {
    const file = await writeBackupFile(fixtureTables(), META, { passphrase: 'benar', ...FAST })
    expect(await refusalOf(openBackupFile(file, { dbVersion: 1, passphrase: 'salah' }))).toEqual({
      reason: 'wrong_passphrase',
    })
    expect(await refusalOf(openBackupFile(file, { dbVersion: 1 }))).toEqual({
      reason: 'passphrase_required',
    })
  })

  it('refuses a file cut short, at any length', async () => {
    const file = await writeBackupFile(fixtureTables(), META)
    for (const length of [3, 10, 100, Math.floor(file.length / 2), file.length - 1]) {
      expect(await refusalOf(openBackupFile(file.slice(0, length), { dbVersion: 1 }))).toEqual({
        reason: 'truncated',
      })
    }
  })

  it('refuses a payload whose checksum does not match', async () => {
    const file = await writeBackupFile(fixtureTables(), META)
    const damaged = file.slice()
    damaged[damaged.length - 10] = damaged[damaged.length - 10]! ^ 0xff
    expect(await refusalOf(openBackupFile(damaged, { dbVersion: 1 }))).toEqual({
      reason: 'checksum_mismatch',
    })
  })

  it('refuses what is not a backup', async () => {
    for (const bytes of [
      new Uint8Array(),
      new TextEncoder().encode('Nama,L/P,Unsur\nAnton,L,Pengguna Layanan'),
      new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 0, 0, 0, 0]),
    ]) {
      expect(await refusalOf(openBackupFile(bytes, { dbVersion: 1 }))).toEqual({
        reason: 'not_a_backup',
      })
    }
  })

  it('refuses a backup from a newer version of the app', async () => {
    const file = await writeBackupFile(fixtureTables(), META)
    expect(await refusalOf(openBackupFile(file, { dbVersion: 0 }))).toMatchObject({
      reason: 'newer_version',
      version: 1,
    })
    const newer = await writeBackupFile({}, { ...META, dbVersion: 7 })
    expect(() => inspectBackupFile(newer, { dbVersion: 1 })).toThrow(BackupRefusal)
  })

  it('names the table, row and field of an invalid record', async () => {
    const tables = fixtureTables()
    const people = [...(tables.people as Record<string, unknown>[])]
    people[2] = { ...people[2], email: 'bukan-email' }
    const file = await writeBackupFile({ ...tables, people }, META)
    expect(await refusalOf(openBackupFile(file, { dbVersion: 1 }))).toEqual({
      reason: 'invalid_record',
      table: 'people',
      index: 2,
      field: 'email',
      code: 'invalid_email',
    })
  })
})

describe('migration of a file to the current schema', () => {
  it('brings the v1 fixture to the current schema with every record valid', () => {
    const migrated = migrateDataset(fixtureTables(), 1)
    const data = validateDataset(migrated)
    expect(data.forums.length).toBeGreaterThan(0)
    expect(data.participants.length).toBe((fixtureTables().participants ?? []).length)
  })

  it('runs each step from the file version to the current one, in order', () => {
    const steps: number[] = []
    const migrations = {
      1: (d: RawDataset) => (steps.push(1), d),
      2: (d: RawDataset) => (steps.push(2), { ...d, settings: [] }),
    }
    const out = migrateDataset({ settings: [{}] }, 1, migrations, 3)
    expect(steps).toEqual([1, 2])
    expect(out.settings).toEqual([])
    expect(() => migrateDataset({}, 1, {}, 2)).toThrow(/no migration from schema version 1/)
  })
})

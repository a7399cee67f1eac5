import { deflateSync } from 'fflate'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  BackupRefusal,
  encryptBytes,
  inspectBackupFile,
  MAGIC,
  MAX_PBKDF2_ITERATIONS,
  openBackupFile,
  PBKDF2_ITERATIONS,
  writeBackupFile,
  type BackupManifest,
  type Refusal,
} from '@shared/backup'
import { sha256Hex } from '@shared/bytes'
import { SCHEMA_VERSION } from '@shared/domain'
import { fixtureTables, META } from './fixture'

const FAST = { iterations: 1_000 }

afterEach(() => {
  vi.restoreAllMocks()
})

async function refusalOf(promise: Promise<unknown>): Promise<Refusal> {
  try {
    await promise
  } catch (error) {
    if (error instanceof BackupRefusal) return error.refusal
    throw error
  }
  throw new Error('expected a refusal')
}

/** A file laid out as the app writes it, with whatever manifest and payload a test needs. */
function assemble(manifest: BackupManifest, payload: Uint8Array): Uint8Array {
  const head = new TextEncoder().encode(JSON.stringify(manifest))
  const file = new Uint8Array(MAGIC.length + 4 + head.length + payload.length)
  file.set(MAGIC, 0)
  new DataView(file.buffer).setUint32(MAGIC.length, head.length)
  file.set(head, MAGIC.length + 4)
  file.set(payload, MAGIC.length + 4 + head.length)
  return file
}

/** The same file with its manifest edited (the payload and its checksum untouched). */
function withManifest(file: Uint8Array, edit: (manifest: BackupManifest) => BackupManifest) {
  const { manifest, payload } = inspectBackupFile(file, { dbVersion: 1 })
  return assemble(edit(structuredClone(manifest)), payload)
}

/**
 * An encrypted file as the app wrote them before the manifest was authenticated: the payload
 * sealed with no additional data, and no `aad` marker in the header.
 */
async function oldFormatEncrypted(passphrase: string): Promise<Uint8Array> {
  const tables = fixtureTables()
  const packed = deflateSync(new TextEncoder().encode(JSON.stringify({ tables })))
  const { header, cipher } = await encryptBytes(packed, passphrase, FAST.iterations)
  expect(header).not.toHaveProperty('aad')
  const counts = Object.fromEntries(Object.entries(tables).map(([t, rows]) => [t, rows!.length]))
  return assemble(
    {
      format: 'mufakat-backup',
      formatVersion: 1,
      kind: 'full',
      appVersion: '0.1.0',
      schemaVersion: 1,
      dbVersion: 1,
      createdAt: META.createdAt,
      counts,
      forum: null,
      payload: { compression: 'deflate', bytes: cipher.length, sha256: await sha256Hex(cipher) },
      encryption: header,
    },
    cipher,
  )
}

describe('manifest counts', () => {
  it('refuses a file whose records differ from its counts, naming the table and both counts', async () => {
    const tables = fixtureTables()
    const people = tables.people!.length
    const file = withManifest(await writeBackupFile(tables, META), (manifest) => ({
      ...manifest,
      counts: { ...manifest.counts, people: people + 1 },
    }))
    expect(await refusalOf(openBackupFile(file, { dbVersion: 1 }))).toEqual({
      reason: 'count_mismatch',
      table: 'people',
      expected: people + 1,
      actual: people,
    })
  })

  it('refuses records of a table the manifest does not count', async () => {
    const tables = fixtureTables()
    const file = withManifest(await writeBackupFile(tables, META), (manifest) => {
      const { issues: _dropped, ...counts } = manifest.counts
      return { ...manifest, counts }
    })
    expect(await refusalOf(openBackupFile(file, { dbVersion: 1 }))).toMatchObject({
      reason: 'count_mismatch',
      table: 'issues',
      expected: 0,
      actual: tables.issues!.length,
    })
  })

  it('accepts a file whose counts match, table by table', async () => {
    const { data } = await openBackupFile(await writeBackupFile(fixtureTables(), META), {
      dbVersion: 1,
    })
    expect(data.people).toHaveLength(fixtureTables().people!.length)
  })
})

describe('manifest authenticated as AES-GCM additional data', () => {
  it('marks new encrypted files and opens them with the right passphrase', async () => {
    const file = await writeBackupFile(fixtureTables(), META, { passphrase: 'benar', ...FAST })
    expect(inspectBackupFile(file, { dbVersion: 1 }).manifest.encryption!.aad).toBe('manifest')
    const { data } = await openBackupFile(file, { dbVersion: 1, passphrase: 'benar' })
    expect(data.forums).toEqual(fixtureTables().forums)
  })

  it.each([
    ['the creation time', (m: BackupManifest) => ({ ...m, createdAt: '2025-01-01T00:00:00.000Z' })],
    ['the counts', (m: BackupManifest) => ({ ...m, counts: { ...m.counts, forums: 99 } })],
    ['the app version', (m: BackupManifest) => ({ ...m, appVersion: '9.9.9' })],
    ['the kind', (m: BackupManifest) => ({ ...m, kind: 'forum' as const })],
    [
      'the marker itself',
      (m: BackupManifest) => ({ ...m, encryption: { ...m.encryption!, aad: undefined } }),
    ],
  ])('refuses an encrypted file whose manifest was edited: %s', async (_what, edit) => {
    const file = withManifest(
      await writeBackupFile(fixtureTables(), META, { passphrase: 'benar', ...FAST }),
      edit,
    )
    expect(await refusalOf(openBackupFile(file, { dbVersion: 1, passphrase: 'benar' }))).toEqual({
      reason: 'wrong_passphrase',
    })
  })

  it('still opens an encrypted file written before the manifest was authenticated', async () => {
    const file = await oldFormatEncrypted('lama sekali')
    const { manifest, data } = await openBackupFile(file, {
      dbVersion: 1,
      passphrase: 'lama sekali',
    })
    expect(manifest.encryption!.aad).toBeUndefined()
    expect(manifest.schemaVersion).toBeLessThanOrEqual(SCHEMA_VERSION)
    expect(data.forums).toHaveLength(fixtureTables().forums!.length)
    expect(await refusalOf(openBackupFile(file, { dbVersion: 1, passphrase: 'salah' }))).toEqual({
      reason: 'wrong_passphrase',
    })
  })
})

describe('PBKDF2 iterations', () => {
  it('writes new files with 600,000 iterations', async () => {
    expect(PBKDF2_ITERATIONS).toBe(600_000)
    const file = await writeBackupFile({}, META, { passphrase: 'enam ratus ribu' })
    expect(inspectBackupFile(file, { dbVersion: 1 }).manifest.encryption!.iterations).toBe(600_000)
  })

  it('refuses a header asking for more than 5,000,000 before deriving any key', async () => {
    expect(MAX_PBKDF2_ITERATIONS).toBe(5_000_000)
    const file = withManifest(
      await writeBackupFile(fixtureTables(), META, { passphrase: 'benar', ...FAST }),
      (manifest) => ({
        ...manifest,
        encryption: { ...manifest.encryption!, iterations: 5_000_001 },
      }),
    )
    const importKey = vi.spyOn(crypto.subtle, 'importKey')
    expect(() => inspectBackupFile(file, { dbVersion: 1 })).toThrow(BackupRefusal)
    expect(await refusalOf(openBackupFile(file, { dbVersion: 1, passphrase: 'benar' }))).toEqual({
      reason: 'too_many_iterations',
      iterations: 5_000_001,
    })
    expect(importKey).not.toHaveBeenCalled()
  })

  it('accepts exactly 5,000,000', async () => {
    const file = withManifest(
      await writeBackupFile({}, META, { passphrase: 'benar', ...FAST }),
      (manifest) => ({
        ...manifest,
        encryption: { ...manifest.encryption!, iterations: 5_000_000 },
      }),
    )
    expect(inspectBackupFile(file, { dbVersion: 1 }).manifest.encryption!.iterations).toBe(
      5_000_000,
    )
  })
})

import { z } from 'zod'
import { SCHEMA_VERSION } from '../domain'

/**
 * A `.mufakat` file: MAGIC, the manifest's length (4 bytes, big-endian), the manifest as JSON, then
 * the payload. The manifest comes first and in clear so that a preview (what, from when, which
 * version, encrypted or not) needs neither the passphrase nor the whole file, and so that a file cut
 * short is told apart from a file that is not a backup at all.
 */
export const MAGIC = new TextEncoder().encode('MUFAKAT\u0001')
export const BACKUP_FORMAT = 'mufakat-backup'
/** The single-payload file: every table in one deflated JSON (still written for forum packages). */
export const BACKUP_FORMAT_VERSION = 1
/** The streamed file: chunks of rows and one entry per attachment (./stream.ts). */
export const STREAM_FORMAT_VERSION = 2
export const BACKUP_EXTENSION = 'mufakat'

export const encryptionHeaderSchema = z.object({
  algorithm: z.literal('AES-GCM-256'),
  kdf: z.literal('PBKDF2-SHA-256'),
  iterations: z.number().int().min(1),
  salt: z.string().min(1),
  iv: z.string().min(1),
  aad: z.literal('manifest').optional(),
})

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  /** 'full': the whole database; 'forum': one forum with everything it references. */
  kind: z.enum(['full', 'forum']),
  appVersion: z.string(),
  /** SCHEMA_VERSION of the records, and the Dexie version of the database they came from. */
  schemaVersion: z.number().int().min(1),
  dbVersion: z.number().int().min(1),
  createdAt: z.iso.datetime({ offset: true }),
  counts: z.record(z.string(), z.number().int().min(0)),
  forum: z.object({ id: z.string(), title: z.string() }).nullable(),
  payload: z.object({
    compression: z.literal('deflate'),
    bytes: z.number().int().min(0),
    /** SHA-256 (hex) of the payload exactly as stored (the cipher text when encrypted). */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  /** How the payload was encrypted; never the key or the passphrase. */
  encryption: encryptionHeaderSchema.nullable(),
})
export type BackupManifest = z.infer<typeof manifestSchema>

export type RefusalReason =
  | 'not_a_backup'
  | 'truncated'
  | 'checksum_mismatch'
  | 'wrong_passphrase'
  | 'passphrase_required'
  | 'newer_version'
  | 'invalid_record'
  | 'wrong_kind'
  | 'count_mismatch'
  | 'too_many_iterations'
  | 'unverified'
  | 'chunk_corrupt'
  | 'chunk_order'

export interface Refusal {
  reason: RefusalReason
  /** For 'invalid_record': where the first broken field is. */
  table?: string
  index?: number
  field?: string
  code?: string
  /** For 'newer_version': the version the file was written with. */
  version?: number
  /** For 'count_mismatch' (with `table`): the manifest's count and the records found. */
  expected?: number
  actual?: number
  /** For 'too_many_iterations': what the header asked for. */
  iterations?: number
  /** For 'chunk_corrupt' and 'chunk_order': the chunk expected at that place (0 = the first). */
  chunk?: number
}

/** Why a file was refused; nothing has been written when this is thrown. */
export class BackupRefusal extends Error {
  constructor(
    readonly refusal: Refusal,
    options?: ErrorOptions,
  ) {
    super(
      `backup refused: ${refusal.reason}${refusal.table ? ` (${refusal.table}[${refusal.index ?? ''}].${refusal.field ?? ''}: ${refusal.code ?? `${refusal.expected} ≠ ${refusal.actual}`})` : ''}`,
      options,
    )
    this.name = 'BackupRefusal'
  }
}

export function isBackupRefusal(error: unknown): error is BackupRefusal {
  return error instanceof BackupRefusal
}

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSION

import Dexie from 'dexie'
import {
  BackupRefusal,
  inspectBackupFile,
  openBackupFile,
  TABLE_NAMES,
  writeBackupFile,
  type BackupManifest,
  type Dataset,
  type OnProgress,
} from '@shared/backup'
import { timeZoneSchema } from '@shared/domain/enums'
import { fileStamp, type TimeZoneCode } from '@shared/format/dates'
import { organisationTimeZone } from '@shared/rules/time-zone'
import type { RepoContext } from './context'
import {
  auditChangeCount,
  addDatabaseEntry,
  privilegeCurrentTransaction,
  refreshFinalisedForums,
  withAuditHooksSuspended,
} from './audit'
import type { MufakatDatabase } from './database'
import { CURRENT_DB_VERSION } from './schema'

const WRITE_SLICE = 5_000

export interface CreateBackupOptions {
  appVersion: string
  passphrase?: string
  iterations?: number
  onProgress?: OnProgress
}

export interface RestoreOptions {
  passphrase?: string
  onProgress?: OnProgress
  /**
   * Keeps a copy of the data about to be replaced (the desktop app writes it to its backups
   * folder). Runs after the file has passed every check and before anything is touched.
   */
  keepCurrent?: (backup: Uint8Array<ArrayBuffer>) => Promise<void>
  appVersion: string
}

function tableOf(db: MufakatDatabase, name: string) {
  return db.table(name)
}

/** Reads every table in one read transaction: a consistent snapshot. */
async function readAll(db: MufakatDatabase, onProgress?: OnProgress): Promise<Dataset> {
  const tables = TABLE_NAMES.map((name) => tableOf(db, name))
  return db.transaction('r', tables, async () => {
    const data: Record<string, unknown[]> = {}
    for (const [index, name] of TABLE_NAMES.entries()) {
      data[name] = await tableOf(db, name).toArray()
      onProgress?.((0.3 * (index + 1)) / TABLE_NAMES.length, 'read')
    }
    return data as Dataset
  })
}

/** "mufakat-cadangan-2026-03-09-090530.mufakat", stamped on the organisation's clock. */
export function backupFileName(
  kind: 'cadangan' | 'forum',
  at: Date,
  timeZone: TimeZoneCode,
  suffix = '',
): string {
  return `mufakat-${kind}-${fileStamp(at, timeZone)}${suffix}.mufakat`
}

export function createBackupRepository(ctx: RepoContext) {
  const { db } = ctx

  async function create(options: CreateBackupOptions): Promise<Uint8Array<ArrayBuffer>> {
    const data = await readAll(db, options.onProgress)
    const file = await writeBackupFile(
      data,
      {
        kind: 'full',
        appVersion: options.appVersion,
        dbVersion: CURRENT_DB_VERSION,
        createdAt: ctx.clock().toISOString(),
      },
      options,
    )
    if (options.passphrase) {
      options.onProgress?.(1, 'verify')
      await testDecrypt(file, options.passphrase)
    }
    return file
  }

  /**
   * Opens an encrypted file just written with the passphrase just typed, every check included: a
   * file that cannot be opened again is never handed over as a backup.
   */
  async function testDecrypt(file: Uint8Array, passphrase: string): Promise<void> {
    try {
      await openBackupFile(file, { dbVersion: CURRENT_DB_VERSION, passphrase })
    } catch (error) {
      throw new BackupRefusal({ reason: 'unverified' }, { cause: error })
    }
  }

  /** Clear and add every table in ONE transaction: all of the backup, or nothing at all. */
  async function replaceAll(
    data: Dataset,
    manifest: BackupManifest,
    onProgress?: OnProgress,
  ): Promise<void> {
    const tables = TABLE_NAMES.map((name) => tableOf(db, name))
    await withAuditHooksSuspended(db, () =>
      db.transaction('rw', tables, async () => {
        privilegeCurrentTransaction(db)
        for (const name of TABLE_NAMES) await tableOf(db, name).clear()
        const total = TABLE_NAMES.reduce((sum, name) => sum + data[name].length, 0) || 1
        let written = 0
        for (const name of TABLE_NAMES) {
          const rows: unknown[] = data[name]
          // Slices only move the progress bar; they stay in the one transaction.
          for (let start = 0; start < rows.length; start += WRITE_SLICE) {
            await tableOf(db, name).bulkAdd(rows.slice(start, start + WRITE_SLICE))
            written += Math.min(WRITE_SLICE, rows.length - start)
            onProgress?.(0.6 + (0.4 * written) / total, 'write')
          }
        }
        await addDatabaseEntry(ctx, 'restore', `${manifest.createdAt} · ${manifest.appVersion}`)
      }),
    )
    await refreshFinalisedForums(db)
  }

  return {
    create,
    readAll: (onProgress?: OnProgress) => readAll(db, onProgress),

    /** The manifest, for the preview; refuses what cannot be restored before asking anything. */
    inspect(bytes: Uint8Array): BackupManifest {
      const { manifest } = inspectBackupFile(bytes, { dbVersion: CURRENT_DB_VERSION })
      if (manifest.kind !== 'full') throw new BackupRefusal({ reason: 'wrong_kind' })
      return manifest
    },

    /**
     * Parse, verify, decrypt, migrate and validate; keep a copy of the current data; then replace
     * everything at once. A refusal at any step leaves the database exactly as it was.
     */
    async restore(bytes: Uint8Array, options: RestoreOptions): Promise<BackupManifest> {
      const progress = options.onProgress
      const { manifest, data } = await openBackupFile(bytes, {
        dbVersion: CURRENT_DB_VERSION,
        passphrase: options.passphrase,
        onProgress: progress && ((f, step) => progress(f * 0.5, step)),
      })
      if (manifest.kind !== 'full') throw new BackupRefusal({ reason: 'wrong_kind' })
      if (options.keepCurrent) {
        await options.keepCurrent(await create({ appVersion: options.appVersion }))
      }
      progress?.(0.6, 'write')
      await replaceAll(data, manifest, progress)
      progress?.(1, 'write')
      return manifest
    },

    /** How many audited transactions committed since start: the automatic backup's "changed?". */
    changeCount: () => auditChangeCount(db),

    /** True when the database holds any forum or person. */
    async hasData(): Promise<boolean> {
      return (await db.forums.count()) + (await db.people.count()) > 0
    },
  }
}

export type BackupRepository = ReturnType<typeof createBackupRepository>

/**
 * Before Dexie upgrades a stored database to a newer schema, a copy of it as it is. Opens the
 * database without declaring a schema (Dexie's dynamic mode) so that nothing is upgraded yet.
 * Resolves false when there is nothing to keep (no database, or already current).
 */
/** The zone of the stored organisation profile, read loosely: its schema may be an older one. */
function storedTimeZone(data: Record<string, unknown[]>): TimeZoneCode {
  const profile = data.organisation?.[0]
  const zone = timeZoneSchema.safeParse(
    typeof profile === 'object' && profile !== null && 'timeZone' in profile
      ? profile.timeZone
      : undefined,
  )
  return organisationTimeZone(zone.success ? { timeZone: zone.data } : null)
}

export async function backupBeforeMigration(
  name: string,
  appVersion: string,
  write: (bytes: Uint8Array<ArrayBuffer>, timeZone: TimeZoneCode) => Promise<void>,
): Promise<boolean> {
  if (!(await Dexie.exists(name))) return false
  const stored = new Dexie(name)
  try {
    await stored.open()
    if (stored.verno >= CURRENT_DB_VERSION) return false
    const data: Record<string, unknown[]> = {}
    await stored.transaction('r', stored.tables, async () => {
      for (const table of stored.tables) data[table.name] = await table.toArray()
    })
    await write(
      await writeBackupFile(data, {
        kind: 'full',
        appVersion,
        dbVersion: stored.verno,
        schemaVersion: stored.verno,
        createdAt: new Date().toISOString(),
      }),
      storedTimeZone(data),
    )
    return true
  } finally {
    stored.close()
  }
}

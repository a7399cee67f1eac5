import Dexie from 'dexie'
import {
  BackupRefusal,
  BackupStreamWriter,
  bytesSource,
  inspectBackupSource,
  openBackupFile,
  readStreamEntries,
  TABLE_NAMES,
  verifyStreamedBackup,
  writeInto,
  type AnyBackupManifest,
  type BackupHead,
  type BlobSlots,
  type ByteSink,
  type ByteSource,
  type ByteTarget,
  type Dataset,
  type OnProgress,
} from '@shared/backup'
import type { Bytes } from '@shared/bytes'
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
/** Records per chunk of a streamed file: a few hundred kilobytes of JSON. */
const ROWS_PER_CHUNK = 1_000
/** Attachments read at a time (each at most 10 MB): what bounds a backup's memory. */
const ATTACHMENTS_PER_READ = 4

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
   * Keeps a copy of the data about to be replaced (the desktop app streams it to its backups
   * folder): `write` writes it into a sink. Runs after the file has passed every check and before
   * anything is touched.
   */
  keepCurrent?: (write: (sink: ByteSink) => Promise<unknown>) => Promise<void>
  appVersion: string
}

function tableOf(db: MufakatDatabase | Dexie, name: string) {
  return db.table(name)
}

/**
 * Streams every table of `db` into `sink` inside ONE read transaction (a consistent snapshot),
 * kept open across the writes with Dexie.waitFor: a slice of records is read, sealed and handed
 * on before the next is read, so memory holds one slice, never the database.
 */
async function streamTables(
  db: Dexie,
  names: readonly string[],
  sink: ByteSink,
  meta: Omit<Parameters<typeof BackupStreamWriter.start>[1], 'counts'>,
  options: CreateBackupOptions & { verify?: boolean },
): Promise<BackupStreamWriter['manifest']> {
  const tables = names.map((name) => tableOf(db, name))
  return db.transaction('r', tables, async () => {
    const counts: Record<string, number> = {}
    for (const name of names) counts[name] = await tableOf(db, name).count()
    const total = Object.values(counts).reduce((sum, n) => sum + n, 0) || 1
    const writer = await Dexie.waitFor(
      BackupStreamWriter.start(sink, { ...meta, counts }, options),
      10 * 60_000,
    )
    let done = 0
    for (const name of names) {
      const table = tableOf(db, name)
      const keys = await table.toCollection().primaryKeys()
      const slice = name === 'attachments' ? ATTACHMENTS_PER_READ : ROWS_PER_CHUNK
      for (let start = 0; start < keys.length; start += slice) {
        const rows = await table.bulkGet(keys.slice(start, start + slice))
        await Dexie.waitFor(writer.rows(name, rows), 10 * 60_000)
        done += rows.length
        options.onProgress?.(0.05 + (0.9 * done) / total, 'pack')
      }
    }
    await Dexie.waitFor(writer.finish())
    return writer.manifest
  })
}

/** Collects a streamed file in memory (tests, the bench's small runs, a package-sized copy). */
export function memoryTarget(): ByteTarget & { bytes(): Bytes } {
  const parts: Uint8Array[] = []
  return {
    write: async (bytes) => void parts.push(bytes),
    finish: async () => undefined,
    abort: async () => void parts.splice(0),
    bytes() {
      const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
      let at = 0
      for (const part of parts) {
        out.set(part, at)
        at += part.length
      }
      return out
    },
  }
}

async function readWhole(source: ByteSource): Promise<Uint8Array> {
  return source.read(0, source.size)
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

  /**
   * Streams a full backup into `sink`. An encrypted one is test-decrypted chunk by chunk with a
   * key derived again from the passphrase just typed: a file that could not be opened again is
   * never handed over as a backup ('unverified').
   */
  async function createTo(sink: ByteSink, options: CreateBackupOptions) {
    options.onProgress?.(0, 'read')
    const manifest = await streamTables(
      db,
      TABLE_NAMES,
      sink,
      {
        kind: 'full',
        appVersion: options.appVersion,
        dbVersion: CURRENT_DB_VERSION,
        createdAt: ctx.clock().toISOString(),
      },
      { ...options, verify: options.passphrase !== undefined },
    )
    options.onProgress?.(1, options.passphrase ? 'verify' : 'write')
    return manifest
  }

  /** A full backup in memory: for small databases and tests; the app streams with createTo. */
  async function create(options: CreateBackupOptions): Promise<Bytes> {
    const target = memoryTarget()
    await createTo(target, options)
    return target.bytes()
  }

  async function inspectSource(source: ByteSource): Promise<BackupHead> {
    const head = await inspectBackupSource(source, { dbVersion: CURRENT_DB_VERSION })
    if (head.manifest.kind !== 'full') throw new BackupRefusal({ reason: 'wrong_kind' })
    return head
  }

  /** Clear and add every table in ONE transaction: all of the backup, or nothing at all. */
  async function replaceAll(
    manifest: AnyBackupManifest,
    fill: (written: (rows: number) => void) => Promise<void>,
    total: number,
    onProgress?: OnProgress,
  ): Promise<void> {
    const tables = TABLE_NAMES.map((name) => tableOf(db, name))
    await withAuditHooksSuspended(db, () =>
      db.transaction('rw', tables, async () => {
        privilegeCurrentTransaction(db)
        for (const name of TABLE_NAMES) await tableOf(db, name).clear()
        let written = 0
        await fill((rows) => {
          written += rows
          onProgress?.(0.6 + (0.4 * written) / (total || 1), 'write')
        })
        await addDatabaseEntry(ctx, 'restore', `${manifest.createdAt} · ${manifest.appVersion}`)
      }),
    )
    await refreshFinalisedForums(db)
  }

  async function addSliced(name: string, rows: readonly unknown[], written: (n: number) => void) {
    // Slices only move the progress bar; they stay in the one transaction.
    for (let start = 0; start < rows.length; start += WRITE_SLICE) {
      await tableOf(db, name).bulkAdd(rows.slice(start, start + WRITE_SLICE))
      written(Math.min(WRITE_SLICE, rows.length - start))
    }
  }

  /**
   * The second pass over a verified streamed file, inside the one transaction: records without
   * attachments first, then each attachment as its chunk is read again (each chunk verified
   * again). Dexie.waitFor keeps the transaction open across the reads, so a refusal on the way
   * rolls everything back.
   */
  async function replaceStreamed(
    source: ByteSource,
    head: Extract<BackupHead, { formatVersion: 2 }>,
    slots: BlobSlots,
    options: RestoreOptions,
  ) {
    const total = TABLE_NAMES.reduce((sum, name) => sum + slots.data[name].length, 0)
    await replaceAll(
      head.manifest,
      async (written) => {
        for (const name of TABLE_NAMES) await addSliced(name, slots.complete(name), written)
        if (slots.blobCount === 0) return
        const entries = readStreamEntries(source, head, options.passphrase)
        let left = slots.blobCount
        for (;;) {
          const next = await Dexie.waitFor(entries.next(), 10 * 60_000)
          if (next.done) break
          if (next.value.kind !== 'blob') continue
          const complete = slots.fill(next.value.index, next.value.bytes)
          if (complete) {
            await tableOf(db, complete.table).add(complete.row)
            written(1)
          }
          left--
        }
        if (left !== 0) throw new BackupRefusal({ reason: 'truncated' })
      },
      total,
      options.onProgress,
    )
  }

  /**
   * Parse, verify, decrypt, migrate and validate the whole file first; keep a copy of the current
   * data; then replace everything at once. A refusal at any step leaves the database exactly as
   * it was.
   */
  async function restoreFrom(source: ByteSource, options: RestoreOptions) {
    const progress = options.onProgress
    const head = await inspectSource(source)
    const keepCurrent = async () => {
      if (options.keepCurrent) {
        await options.keepCurrent((sink) => createTo(sink, { appVersion: options.appVersion }))
      }
      progress?.(0.6, 'write')
    }
    if (head.formatVersion === 1) {
      const { manifest, data } = await openBackupFile(await readWhole(source), {
        dbVersion: CURRENT_DB_VERSION,
        passphrase: options.passphrase,
        onProgress: progress && ((f, step) => progress(f * 0.5, step)),
      })
      await keepCurrent()
      const total = TABLE_NAMES.reduce((sum, name) => sum + data[name].length, 0)
      await replaceAll(
        manifest,
        async (written) => {
          for (const name of TABLE_NAMES) await addSliced(name, data[name], written)
        },
        total,
        progress,
      )
    } else {
      const expected = Object.values(head.manifest.counts).reduce((sum, n) => sum + n, 0) || 1
      const slots = await verifyStreamedBackup(source, head, {
        passphrase: options.passphrase,
        onProgress: (read) => progress?.((0.5 * read) / expected, 'validate'),
      })
      await keepCurrent()
      await replaceStreamed(source, head, slots, options)
    }
    progress?.(1, 'write')
    return head.manifest
  }

  return {
    create,
    createTo,
    readAll: (onProgress?: OnProgress) => readAll(db, onProgress),

    /** The manifest, for the preview; refuses what cannot be restored before asking anything. */
    async inspect(source: ByteSource | Uint8Array): Promise<AnyBackupManifest> {
      return (await inspectSource(source instanceof Uint8Array ? bytesSource(source) : source))
        .manifest
    },

    /** Restores from a source read a piece at a time (a file of any size) or from bytes. */
    restore(source: ByteSource | Uint8Array, options: RestoreOptions) {
      return restoreFrom(source instanceof Uint8Array ? bytesSource(source) : source, options)
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

/**
 * Before Dexie upgrades a stored database to a newer schema, a copy of it as it is, streamed into
 * the target `open` gives. Opens the database without declaring a schema (Dexie's dynamic mode) so
 * that nothing is upgraded yet. Resolves false when there is nothing to keep (no database, or
 * already current).
 */
export async function backupBeforeMigration(
  name: string,
  appVersion: string,
  open: (timeZone: TimeZoneCode) => Promise<ByteTarget>,
): Promise<boolean> {
  if (!(await Dexie.exists(name))) return false
  const stored = new Dexie(name)
  try {
    await stored.open()
    if (stored.verno >= CURRENT_DB_VERSION) return false
    const names = stored.tables.map((table) => table.name)
    const organisation = names.includes('organisation')
      ? await stored.table('organisation').toArray()
      : []
    await writeInto(await open(storedTimeZone({ organisation })), (sink) =>
      streamTables(
        stored,
        names,
        sink,
        {
          kind: 'full',
          appVersion,
          dbVersion: stored.verno,
          schemaVersion: stored.verno,
          createdAt: new Date().toISOString(),
        },
        { appVersion },
      ),
    )
    return true
  } finally {
    stored.close()
  }
}

import { randomUUID } from 'node:crypto'
import * as nodeFs from 'node:fs/promises'
import path from 'node:path'
import { backupsToPrune, type RetainedBackup } from '@shared/backup/retention'
import { fileStamp, type TimeZoneCode } from '@shared/format/dates'
import { backupReasonSchema, type AutoBackupEntry, type BackupReason } from '@shared/ipc/contract'
import { writeFileAtomic, type AtomicWriteOptions } from './atomic-write'

const PREFIX = 'mufakat-backup-'
const EXTENSION = '.mufakat'
/** What automatic backups were called before they opened from the restore dialog. */
const OLD_EXTENSION = '.backup'

/** `mufakat-backup-2025-03-01-151530-quit-1a2b3c4d.mufakat`: stamp, reason, a random tail. */
const NAME =
  /^mufakat-backup-(\d{4}-\d{2}-\d{2})-(\d{2})(\d{2})(\d{2})-([a-z_]+)-[0-9a-f]{8}\.(?:mufakat|backup)$/

/**
 * `mufakat-backup-2025-03-01-151530-quit-1a2b3c4d.mufakat`, stamped on the organisation's clock: the
 * name a facilitator reads in the folder tells the time of the room, and sorts by time as text.
 */
export function backupFileName(
  reason: BackupReason,
  timeZone: TimeZoneCode,
  now: Date = new Date(),
): string {
  return `${PREFIX}${fileStamp(now, timeZone)}-${reason}-${randomUUID().slice(0, 8)}${EXTENSION}`
}

export function isBackupFileName(name: string): boolean {
  return NAME.test(name) && (name.endsWith(EXTENSION) || name.endsWith(OLD_EXTENSION))
}

/**
 * What retention needs from a name. The stamp is read as if it were UTC: off by the organisation's
 * offset (hours), which neither the order within a day nor windows of 30 and 90 days feel.
 */
export function parseBackupFileName(name: string): RetainedBackup | null {
  const match = NAME.exec(name)
  if (!match) return null
  const [, day, hours, minutes, seconds, reason] = match
  return {
    name,
    day: day!,
    at: Date.parse(`${day}T${hours}:${minutes}:${seconds}Z`),
    reason: reason!,
  }
}

/** Names to delete under the tiered retention of src/shared/backup/retention.ts. */
export function backupsToRemove(names: readonly string[], now: Date = new Date()): string[] {
  const parsed = names.map(parseBackupFileName).filter((b): b is RetainedBackup => b !== null)
  return backupsToPrune(parsed, now.getTime())
}

export interface WriteBackupOptions extends AtomicWriteOptions {
  now?: Date
}

/** Writes one backup atomically into `dir`, then prunes what retention no longer keeps. */
export async function writeBackup(
  dir: string,
  bytes: Uint8Array,
  reason: BackupReason,
  timeZone: TimeZoneCode,
  options: WriteBackupOptions = {},
): Promise<string> {
  await nodeFs.mkdir(dir, { recursive: true })
  const now = options.now ?? new Date()
  const target = path.join(dir, backupFileName(reason, timeZone, now))
  await writeFileAtomic(target, bytes, options)
  // The backup just written always stays, even if a wrong clock makes it sort as the oldest.
  const stale = backupsToRemove(await nodeFs.readdir(dir), now).filter(
    (name) => name !== path.basename(target),
  )
  await Promise.all(stale.map((name) => nodeFs.rm(path.join(dir, name), { force: true })))
  return target
}

/** What listing the folder needs from the file system. */
export interface BackupFolderFs {
  readdir(dir: string): Promise<string[]>
  stat(file: string): Promise<{ size: number; mtime: Date }>
  readFile(file: string): Promise<Uint8Array<ArrayBuffer>>
}

/** The automatic backups in `dir`, newest first; a folder not made yet holds none. */
export async function listBackups(
  dir: string,
  fs: BackupFolderFs = nodeFs,
): Promise<AutoBackupEntry[]> {
  let names: string[]
  try {
    names = await fs.readdir(dir)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  const entries = await Promise.all(
    names.filter(isBackupFileName).map(async (name): Promise<AutoBackupEntry> => {
      const stat = await fs.stat(path.join(dir, name))
      const reason = backupReasonSchema.safeParse(parseBackupFileName(name)!.reason)
      return {
        name,
        createdAt: stat.mtime.toISOString(),
        reason: reason.success ? reason.data : 'manual',
        bytes: stat.size,
      }
    }),
  )
  return entries.sort((a, b) =>
    a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0,
  )
}

/** One backup of `dir` by its name; a name that is not one of ours is never turned into a path. */
export async function readBackup(
  dir: string,
  name: string,
  fs: BackupFolderFs = nodeFs,
): Promise<Uint8Array<ArrayBuffer>> {
  if (!isBackupFileName(name)) throw new Error(`not an automatic backup: ${name}`)
  return fs.readFile(path.join(dir, name))
}

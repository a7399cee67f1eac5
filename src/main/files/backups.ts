import { randomUUID } from 'node:crypto'
import * as nodeFs from 'node:fs/promises'
import path from 'node:path'
import { fileStamp, type TimeZoneCode } from '@shared/format/dates'
import type { BackupReason } from '@shared/ipc/contract'
import { writeFileAtomic, type AtomicWriteOptions } from './atomic-write'

/** How many automatic backups stay in `<userData>/backups/`; older ones are removed. */
export const BACKUPS_KEPT = 10

const PREFIX = 'mufakat-backup-'
const EXTENSION = '.backup'

/**
 * `mufakat-backup-2025-03-01-151530-quit-1a2b3c4d.backup`, stamped on the organisation's clock: the
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
  return name.startsWith(PREFIX) && name.endsWith(EXTENSION)
}

/** Names to delete so that only the newest `keep` backups remain. */
export function backupsToRemove(names: readonly string[], keep = BACKUPS_KEPT): string[] {
  return names.filter(isBackupFileName).sort().reverse().slice(keep)
}

export interface WriteBackupOptions extends AtomicWriteOptions {
  now?: Date
  keep?: number
}

/** Writes one backup atomically into `dir`, then prunes the oldest beyond `keep`. */
export async function writeBackup(
  dir: string,
  bytes: Uint8Array,
  reason: BackupReason,
  timeZone: TimeZoneCode,
  options: WriteBackupOptions = {},
): Promise<string> {
  await nodeFs.mkdir(dir, { recursive: true })
  const target = path.join(dir, backupFileName(reason, timeZone, options.now))
  await writeFileAtomic(target, bytes, options)
  // The backup just written always stays, even if a wrong clock makes it sort as the oldest.
  const stale = backupsToRemove(await nodeFs.readdir(dir), options.keep).filter(
    (name) => name !== path.basename(target),
  )
  await Promise.all(stale.map((name) => nodeFs.rm(path.join(dir, name), { force: true })))
  return target
}

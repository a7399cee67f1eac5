import type { LastBackup } from '../settings'

/** Past this many days without a backup, a lost or broken laptop would cost a week of forums. */
export const BACKUP_STALE_DAYS = 7

const DAY_MS = 86_400_000

/**
 * What the home page warns about: the automatic backups are failing (until one succeeds again),
 * there has never been a backup, or the last one is older than BACKUP_STALE_DAYS.
 */
export type BackupWarning = 'auto_failed' | 'never' | 'stale'

export function backupWarning(
  last: LastBackup | null,
  autoFailedAt: string | null,
  now: Date,
): BackupWarning | null {
  if (autoFailedAt !== null) return 'auto_failed'
  if (last === null) return 'never'
  return now.getTime() - Date.parse(last.at) > BACKUP_STALE_DAYS * DAY_MS ? 'stale' : null
}

export type ElapsedUnit = 'just_now' | 'minute' | 'hour' | 'day'

/** How long ago an instant was, in the largest whole unit, for "3 hari yang lalu". */
export function elapsedSince(at: string, now: Date): { unit: ElapsedUnit; count: number } {
  const minutes = Math.floor((now.getTime() - Date.parse(at)) / 60_000)
  if (minutes < 1) return { unit: 'just_now', count: 0 }
  if (minutes < 60) return { unit: 'minute', count: minutes }
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return { unit: 'hour', count: hours }
  return { unit: 'day', count: Math.floor(hours / 24) }
}

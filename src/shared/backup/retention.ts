/** One automatic backup as retention judges it. */
export interface RetainedBackup {
  name: string
  /** When it was written, in ms since the epoch. */
  at: number
  /** Its calendar day on the organisation's clock (from its name), "2026-03-09". */
  day: string
  reason: string
}

export const RETENTION = {
  /** The newest, whatever their day or reason. */
  newest: 10,
  /** One a day (the day's newest) for this many days. */
  dailyDays: 30,
  /** Copies taken before a migration or a restore are kept this long. */
  safetyDays: 90,
  safetyReasons: ['pre_migration', 'pre_restore'] as readonly string[],
} as const

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The names to delete: everything outside the tiers (the newest 10; the newest of each day within
 * 30 days; every pre-migration or pre-restore copy within 90 days). Pure, so the whole policy is
 * tested without a disk.
 */
export function backupsToPrune(backups: readonly RetainedBackup[], now: number): string[] {
  const newestFirst = [...backups].sort((a, b) => b.at - a.at || (a.name < b.name ? 1 : -1))
  const keep = new Set(newestFirst.slice(0, RETENTION.newest).map((b) => b.name))
  const daysSeen = new Set<string>()
  for (const backup of newestFirst) {
    const age = now - backup.at
    if (age <= RETENTION.dailyDays * DAY_MS && !daysSeen.has(backup.day)) {
      daysSeen.add(backup.day)
      keep.add(backup.name)
    }
    if (RETENTION.safetyReasons.includes(backup.reason) && age <= RETENTION.safetyDays * DAY_MS) {
      keep.add(backup.name)
    }
  }
  return newestFirst.filter((b) => !keep.has(b.name)).map((b) => b.name)
}

import { describe, expect, it } from 'vitest'
import { backupsToPrune, type RetainedBackup } from '@shared/backup'

const NOW = Date.parse('2026-06-30T12:00:00Z')
const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR

function backup(agoMs: number, reason = 'periodic'): RetainedBackup {
  const at = NOW - agoMs
  return {
    name: `b-${new Date(at).toISOString()}-${reason}`,
    at,
    day: new Date(at).toISOString().slice(0, 10),
    reason,
  }
}

function kept(backups: RetainedBackup[]): string[] {
  const removed = new Set(backupsToPrune(backups, NOW))
  return backups.filter((b) => !removed.has(b.name)).map((b) => b.name)
}

describe('tiered retention of automatic backups', () => {
  it('keeps the newest ten, however close together', () => {
    const today = Array.from({ length: 14 }, (_, i) => backup(i * 10 * 60_000))
    // Ten newest, and the oldest of today is not kept as "the day's copy": the newest one is.
    expect(kept(today)).toEqual(today.slice(0, 10).map((b) => b.name))
  })

  it('keeps the newest copy of each day for 30 days, none older', () => {
    const recent = Array.from({ length: 10 }, (_, i) => backup(i * 60_000))
    const days = Array.from({ length: 40 }, (_, i) => [
      backup((i + 1) * DAY + 2 * HOUR),
      backup((i + 1) * DAY + 5 * HOUR),
    ]).flat()
    const all = [...recent, ...days]
    const left = new Set(kept(all))
    for (const b of recent) expect(left.has(b.name)).toBe(true)
    for (let i = 0; i < 40; i++) {
      const [newer, older] = [days[2 * i]!, days[2 * i + 1]!]
      expect(left.has(older.name), `older copy of day ${i + 1}`).toBe(false)
      expect(left.has(newer.name), `day ${i + 1}`).toBe(i + 1 < 30)
    }
  })

  it('keeps every pre-migration and pre-restore copy for 90 days', () => {
    const recent = Array.from({ length: 10 }, (_, i) => backup(i * 60_000))
    const safety = [
      backup(40 * DAY, 'pre_migration'),
      backup(40 * DAY + HOUR, 'pre_restore'),
      backup(40 * DAY + 2 * HOUR, 'pre_restore'),
      backup(89 * DAY, 'pre_restore'),
      backup(91 * DAY, 'pre_migration'),
    ]
    const ordinary = backup(40 * DAY + 3 * HOUR, 'quit')
    const left = kept([...recent, ...safety, ordinary])
    expect(left).toEqual(expect.arrayContaining(safety.slice(0, 4).map((b) => b.name)))
    expect(left).not.toContain(safety[4]!.name)
    expect(left).not.toContain(ordinary.name)
  })

  it('removes nothing while there are ten or fewer', () => {
    const few = Array.from({ length: 10 }, (_, i) => backup(i * 100 * DAY))
    expect(backupsToPrune(few, NOW)).toEqual([])
  })
})

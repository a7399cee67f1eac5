import { describe, expect, it } from 'vitest'
import { backupWarning, elapsedSince } from '@shared/rules/backup-health'

const NOW = new Date('2026-03-16T09:00:00+08:00')

describe('backupWarning', () => {
  it('warns when there has never been a backup', () => {
    expect(backupWarning(null, null, NOW)).toBe('never')
  })

  it('is quiet up to seven days after the last backup, and warns after', () => {
    const sevenDays = { at: '2026-03-09T09:00:00+08:00', kind: 'manual' as const }
    expect(backupWarning(sevenDays, null, NOW)).toBeNull()
    const older = { at: '2026-03-09T08:59:00+08:00', kind: 'automatic' as const }
    expect(backupWarning(older, null, NOW)).toBe('stale')
  })

  it('warns of a failed automatic backup even after a recent manual one', () => {
    const recent = { at: '2026-03-16T08:00:00+08:00', kind: 'manual' as const }
    expect(backupWarning(recent, '2026-03-16T08:30:00+08:00', NOW)).toBe('auto_failed')
    expect(backupWarning(null, '2026-03-16T08:30:00+08:00', NOW)).toBe('auto_failed')
  })
})

describe('elapsedSince', () => {
  it('takes the largest whole unit', () => {
    expect(elapsedSince('2026-03-16T08:59:30+08:00', NOW)).toEqual({ unit: 'just_now', count: 0 })
    expect(elapsedSince('2026-03-16T08:59:00+08:00', NOW)).toEqual({ unit: 'minute', count: 1 })
    expect(elapsedSince('2026-03-16T08:01:00+08:00', NOW)).toEqual({ unit: 'minute', count: 59 })
    expect(elapsedSince('2026-03-16T08:00:00+08:00', NOW)).toEqual({ unit: 'hour', count: 1 })
    expect(elapsedSince('2026-03-15T09:00:01+08:00', NOW)).toEqual({ unit: 'hour', count: 23 })
    expect(elapsedSince('2026-03-13T09:00:00+08:00', NOW)).toEqual({ unit: 'day', count: 3 })
  })

  it('reads an instant written in any zone alike', () => {
    expect(elapsedSince('2026-03-16T00:00:00Z', NOW)).toEqual({ unit: 'hour', count: 1 })
  })
})

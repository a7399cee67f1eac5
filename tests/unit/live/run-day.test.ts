import { describe, expect, it } from 'vitest'
import { runDayMismatch } from '@shared/live'

const notStarted = [{ actualStart: null }, { actualStart: null }]

describe('starting the live run on another day', () => {
  it('asks when today on the organisation clock is not the forum day, naming both dates', () => {
    expect(
      runDayMismatch('2026-03-17', notStarted, new Date('2026-12-03T01:20:00Z'), 'WITA'),
    ).toEqual({ today: '2026-12-03', day: '2026-03-17' })
  })

  it('does not ask on the forum day, by the organisation clock rather than UTC', () => {
    // 23.30 UTC on the 16th is already 07.30 WITA on the 17th.
    expect(
      runDayMismatch('2026-03-17', notStarted, new Date('2026-03-16T23:30:00Z'), 'WITA'),
    ).toBeNull()
    // …but still the 16th in WIB until 17.00 UTC.
    expect(
      runDayMismatch('2026-03-17', notStarted, new Date('2026-03-16T16:30:00Z'), 'WIB'),
    ).toEqual({ today: '2026-03-16', day: '2026-03-17' })
  })

  it('asks once: after an item of the day has started, later starts go ahead', () => {
    const started = [{ actualStart: '2026-12-03T01:20:00.000Z' }, { actualStart: null }]
    expect(
      runDayMismatch('2026-03-17', started, new Date('2026-12-03T02:00:00Z'), 'WITA'),
    ).toBeNull()
  })
})

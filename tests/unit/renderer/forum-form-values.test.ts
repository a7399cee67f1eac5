import { describe, expect, it } from 'vitest'
import { newForumDay, proposeNextDay } from '@renderer/features/forums/forum-form-values'

describe('proposeNextDay ("Tambah hari")', () => {
  it('proposes the calendar day after the last day and moves the end date out to it', () => {
    const next = proposeNextDay({
      startDate: '2026-05-13',
      endDate: '2026-05-13',
      days: [newForumDay('2026-05-13')],
    })
    expect(next.day.date).toBe('2026-05-14')
    expect(next.endDate).toBe('2026-05-14')
  })

  it('crosses month and year ends on the calendar', () => {
    const days = [newForumDay('2026-12-30'), newForumDay('2026-12-31')]
    const next = proposeNextDay({ startDate: '2026-12-30', endDate: '2027-01-02', days })
    expect(next.day.date).toBe('2027-01-01')
    // An end date already past the new day stays as the facilitator typed it.
    expect(next.endDate).toBe('2027-01-02')
    expect(
      proposeNextDay({ startDate: '2028-02-28', endDate: '', days: [newForumDay('2028-02-28')] })
        .day.date,
    ).toBe('2028-02-29')
  })

  it('falls back to the start date while the last day has no usable date', () => {
    const next = proposeNextDay({
      startDate: '2026-03-09',
      endDate: '2026-03-09',
      days: [newForumDay('')],
    })
    expect(next.day.date).toBe('2026-03-09')
    expect(next.endDate).toBe('2026-03-09')
  })
})

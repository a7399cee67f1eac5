import { describe, expect, it } from 'vitest'
import { deriveActionStatus, isDueWithin, isOverdue } from '@shared/rules'

describe('deriveActionStatus', () => {
  const today = '2026-07-01'

  it('is terlambat the day after the deadline when not finished', () => {
    expect(deriveActionStatus({ status: 'dalam_proses', deadline: '2026-06-30' }, today)).toBe(
      'terlambat',
    )
    expect(deriveActionStatus({ status: 'belum_dimulai', deadline: '2026-06-30' }, today)).toBe(
      'terlambat',
    )
  })

  it('is still on time on the deadline day itself', () => {
    expect(deriveActionStatus({ status: 'dalam_proses', deadline: today }, today)).toBe(
      'dalam_proses',
    )
  })

  it('turns back from terlambat once finished or declared impossible', () => {
    expect(deriveActionStatus({ status: 'selesai', deadline: '2026-01-01' }, today)).toBe('selesai')
    expect(
      deriveActionStatus({ status: 'tidak_dapat_dilaksanakan', deadline: '2026-01-01' }, today),
    ).toBe('tidak_dapat_dilaksanakan')
  })

  it('is never late without a deadline', () => {
    expect(isOverdue({ status: 'belum_dimulai', deadline: null }, today)).toBe(false)
  })
})

describe('isDueWithin', () => {
  it('includes today and the last day, excludes late and closed items', () => {
    const today = '2026-07-01'
    const by = '2026-07-08'
    expect(isDueWithin({ status: 'dalam_proses', deadline: today }, today, by)).toBe(true)
    expect(isDueWithin({ status: 'dalam_proses', deadline: by }, today, by)).toBe(true)
    expect(isDueWithin({ status: 'dalam_proses', deadline: '2026-07-09' }, today, by)).toBe(false)
    expect(isDueWithin({ status: 'dalam_proses', deadline: '2026-06-30' }, today, by)).toBe(false)
    expect(isDueWithin({ status: 'selesai', deadline: today }, today, by)).toBe(false)
  })
})

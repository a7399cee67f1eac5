import { describe, expect, it } from 'vitest'
import {
  addMonthsIso,
  completionBand,
  pekpppBy,
  pekpppFigures,
  speedBandOf,
} from '@shared/follow-up/pekppp'
import { row } from './fixtures'

describe('PEKPPP completion bands', () => {
  it.each([
    [0, 0, false, 'tidak_ada'],
    [4, 0, false, 'tidak_dilaksanakan'],
    [4, 0, true, 'kurang_30'],
    [10, 2, true, 'kurang_30'],
    [10, 3, true, 'antara_30_80'],
    [10, 8, true, 'antara_30_80'],
    [10, 9, true, 'lebih_80'],
    [100, 99, true, 'lebih_80'],
    [6, 6, true, 'seluruhnya'],
  ] as const)('%i items, %i done, progress %s → %s', (total, done, anyProgress, band) => {
    expect(completionBand(total, done, anyProgress)).toBe(band)
  })
})

describe('PEKPPP speed bands', () => {
  it('adds calendar months, clamping to the end of a shorter month', () => {
    expect(addMonthsIso('2026-03-09', 1)).toBe('2026-04-09')
    expect(addMonthsIso('2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonthsIso('2026-11-30', 3)).toBe('2027-02-28')
    expect(addMonthsIso('2028-01-31', 1)).toBe('2028-02-29')
  })

  it.each([
    ['2026-04-09', 'bulan_1'],
    ['2026-04-10', 'bulan_3'],
    ['2026-06-09', 'bulan_3'],
    ['2026-09-09', 'bulan_6'],
    ['2026-12-01', 'bulan_9'],
    ['2027-03-09', 'bulan_12'],
    ['2027-03-10', 'lebih_12'],
  ] as const)('finished on %s after a forum on 9 March 2026 → %s', (completed, band) => {
    expect(speedBandOf('2026-03-09', completed)).toBe(band)
  })

  it('is decided by the slowest item, and absent while anything is open', () => {
    const fast = row({ status: 'selesai', progress: 100, completedDate: '2026-03-31' })
    const slow = row({ status: 'selesai', progress: 100, completedDate: '2026-08-01' })
    const open = row({ status: 'dalam_proses', progress: 40 })
    expect(pekpppFigures([fast, slow]).speedBand).toBe('bulan_6')
    expect(pekpppFigures([fast, slow, open]).speedBand).toBe('belum_tuntas')
    expect(pekpppFigures([]).speedBand).toBe('tidak_ada')
  })

  it('lets an item that cannot be carried out close without holding the speed back', () => {
    const done = row({ status: 'selesai', progress: 100, completedDate: '2026-04-01' })
    const impossible = row({ status: 'tidak_dapat_dilaksanakan', progress: 0 })
    const figures = pekpppFigures([done, impossible])
    expect(figures.speedBand).toBe('bulan_1')
    expect(figures.percent).toBe(50)
    expect(figures.completionBand).toBe('antara_30_80')
  })
})

describe('PEKPPP figures per group', () => {
  it('groups per unit and per forum, largest first', () => {
    const rows = [
      row({
        unit: 'A',
        forumId: 'f1',
        status: 'selesai',
        progress: 100,
        completedDate: '2026-04-01',
      }),
      row({ unit: 'A', forumId: 'f2', status: 'belum_dimulai' }),
      row({
        unit: 'B',
        forumId: 'f1',
        status: 'selesai',
        progress: 100,
        completedDate: '2026-05-01',
      }),
    ]
    const byUnit = pekpppBy(
      rows,
      (r) => r.unit,
      (r) => r.unit,
    )
    expect(byUnit.map((g) => [g.key, g.total, g.done, g.completionBand, g.speedBand])).toEqual([
      ['A', 2, 1, 'antara_30_80', 'belum_tuntas'],
      ['B', 1, 1, 'seluruhnya', 'bulan_3'],
    ])
    const byForum = pekpppBy(
      rows,
      (r) => r.forumId,
      (r) => r.forumId,
    )
    expect(byForum.find((g) => g.key === 'f1')).toMatchObject({
      total: 2,
      done: 2,
      speedBand: 'bulan_3',
    })
  })
})

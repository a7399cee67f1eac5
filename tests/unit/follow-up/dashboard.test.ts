import { describe, expect, it } from 'vitest'
import {
  applyFilter,
  createDashboardIndex,
  EMPTY_FILTER,
  sortOrder,
} from '@shared/follow-up/dashboard'
import { completionOverTime, statusPerUnit } from '@shared/follow-up/charts'
import { withDerivedStatus } from '@shared/follow-up/rows'
import { tableOf } from '@shared/follow-up/table'
import { row } from './fixtures'

const TODAY = '2026-07-01'

function sampleRows() {
  return [
    row({
      plan: 'Ramp',
      unit: 'Sekretariat',
      deadline: '2026-06-30',
      status: 'dalam_proses',
      progress: 50,
    }),
    row({ plan: 'SOP pengaduan', unit: 'Bidang Pengaduan', deadline: '2026-07-05' }),
    row({
      plan: 'Standar pelayanan',
      unit: 'Bagian Organisasi',
      deadline: '2026-04-30',
      status: 'selesai',
      progress: 100,
      completedDate: '2026-04-27',
    }),
    row({
      plan: 'Verifikasi NIK',
      unit: 'Bidang Perizinan',
      deadline: '2026-07-30',
      person: 'Kabid',
    }),
    row({
      plan: 'Tanpa batas',
      unit: 'Sekretariat',
      deadline: null,
      forumId: 'forum-2',
      forumDate: '2026-05-01',
    }),
    row({
      plan: 'Kios informasi',
      unit: 'Bidang Perizinan',
      deadline: '2026-05-31',
      status: 'tidak_dapat_dilaksanakan',
    }),
  ]
}

function sample() {
  return withDerivedStatus(sampleRows(), TODAY)
}

/** The same rows as the dashboard holds them: columns. */
function sampleTable() {
  return tableOf(sampleRows(), TODAY)
}

describe('dashboard rows', () => {
  it('derive Terlambat from today, never for closed items', () => {
    expect(sample().map((r) => r.derived)).toEqual([
      'terlambat',
      'belum_dimulai',
      'selesai',
      'belum_dimulai',
      'belum_dimulai',
      'tidak_dapat_dilaksanakan',
    ])
  })

  it('counts per status under the other filters, and filters by status after counting', () => {
    const rows = sampleTable()
    const order = sortOrder(rows, 'deadline')
    const all = applyFilter(rows, order, EMPTY_FILTER, { today: TODAY })
    expect(all.counts).toMatchObject({ total: 6, terlambat: 1, belum_dimulai: 3, selesai: 1 })
    const late = applyFilter(
      rows,
      order,
      { ...EMPTY_FILTER, status: 'terlambat' },
      { today: TODAY },
    )
    expect(late.rows.toArray().map((r) => r.plan)).toEqual(['Ramp'])
    expect(late.counts.total).toBe(6)
    const unit = applyFilter(
      rows,
      order,
      { ...EMPTY_FILTER, unit: 'Sekretariat' },
      { today: TODAY },
    )
    expect(unit.counts).toMatchObject({ total: 2, terlambat: 1, belum_dimulai: 1 })
  })

  it('filters by due date, period, person and forum', () => {
    const rows = sampleTable()
    const order = sortOrder(rows, 'deadline')
    const plans = (filter: Partial<typeof EMPTY_FILTER>) =>
      applyFilter(rows, order, { ...EMPTY_FILTER, ...filter }, { today: TODAY })
        .rows.toArray()
        .map((r) => r.plan)
    expect(plans({ due: 'overdue' })).toEqual(['Ramp'])
    expect(plans({ due: 'within7' })).toEqual(['SOP pengaduan'])
    expect(plans({ due: 'within30' })).toEqual(['SOP pengaduan', 'Verifikasi NIK'])
    expect(plans({ from: '2026-06-01', to: '2026-07-10' })).toEqual(['Ramp', 'SOP pengaduan'])
    expect(plans({ person: 'Kabid' })).toEqual(['Verifikasi NIK'])
    expect(plans({ forumId: 'forum-2' })).toEqual(['Tanpa batas'])
  })

  it('sorts by deadline (undated last), unit and newest forum', () => {
    const rows = sampleTable()
    const plansIn = (key: 'deadline' | 'unit' | 'forum') =>
      Array.from(sortOrder(rows, key), (i) => rows.plan(i))
    expect(plansIn('deadline')).toEqual([
      'Standar pelayanan',
      'Kios informasi',
      'Ramp',
      'SOP pengaduan',
      'Verifikasi NIK',
      'Tanpa batas',
    ])
    expect(plansIn('unit')[0]).toBe('Standar pelayanan')
    expect(plansIn('forum')[0]).toBe('Tanpa batas')
  })

  it('filters with the deadline order it was given while the other keys are still on their way', () => {
    const rows = sampleTable()
    const given = sortOrder(rows, 'deadline').reverse()
    const index = createDashboardIndex(rows, { orders: { deadline: given } })
    expect(index.order('deadline')).toBe(given)
    expect(index.order('unit')).toEqual(sortOrder(rows, 'unit'))
    const found = index.filter({ ...EMPTY_FILTER, search: 'ramp' }, 'deadline', TODAY)
    expect(found.rows.toArray().map((r) => r.plan)).toEqual(['Ramp'])
  })

  it('searches plan, unit and person, case-insensitively', () => {
    const index = createDashboardIndex(sampleTable())
    const found = index.filter({ ...EMPTY_FILTER, search: '  RAMP ' }, 'deadline', TODAY)
    expect(found.rows.toArray().map((r) => r.plan)).toEqual(['Ramp'])
    const byPerson = index.filter({ ...EMPTY_FILTER, search: 'KABID' }, 'unit', TODAY)
    expect(byPerson.rows.toArray().map((r) => r.plan)).toEqual(['Verifikasi NIK'])
    const byUnit = index.filter({ ...EMPTY_FILTER, search: 'perizinan' }, 'deadline', TODAY)
    expect(byUnit.rows.toArray().map((r) => r.plan)).toEqual(['Kios informasi', 'Verifikasi NIK'])
  })
})

describe('charts', () => {
  it('stacks the statuses per unit, biggest unit first', () => {
    const bars = statusPerUnit(sample())
    expect(bars[0]).toMatchObject({ unit: 'Bidang Perizinan', total: 2 })
    expect(bars.find((b) => b.unit === 'Sekretariat')).toMatchObject({
      terlambat: 1,
      belum_dimulai: 1,
    })
  })

  it('counts due and completed items month by month', () => {
    const points = completionOverTime(sample())
    expect(points.map((p) => p.month)).toEqual(['2026-04', '2026-05', '2026-06', '2026-07'])
    expect(points[0]).toEqual({ month: '2026-04', due: 1, completed: 1, cumulativeCompleted: 1 })
    expect(points[3]).toMatchObject({ due: 2, cumulativeCompleted: 1 })
  })
})

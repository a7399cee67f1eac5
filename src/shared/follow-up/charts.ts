import type { DerivedActionStatus } from '../domain/enums'
import type { DashboardRow } from './rows'

export type UnitStatusBar = { unit: string; total: number } & Record<DerivedActionStatus, number>

/** Status per unit for a stacked bar chart: the `limit` units with the most items. */
export function statusPerUnit(rows: readonly DashboardRow[], limit = 12): UnitStatusBar[] {
  const byUnit = new Map<string, UnitStatusBar>()
  for (const row of rows) {
    const unit = row.unit || '—'
    let bar = byUnit.get(unit)
    if (!bar) {
      bar = {
        unit,
        total: 0,
        belum_dimulai: 0,
        dalam_proses: 0,
        terlambat: 0,
        selesai: 0,
        tidak_dapat_dilaksanakan: 0,
      }
      byUnit.set(unit, bar)
    }
    bar[row.derived] += 1
    bar.total += 1
  }
  return [...byUnit.values()]
    .sort((a, b) => b.total - a.total || a.unit.localeCompare(b.unit, 'id'))
    .slice(0, limit)
}

export interface MonthPoint {
  /** 'YYYY-MM' */
  month: string
  /** Items whose deadline falls in the month. */
  due: number
  /** Items completed in the month. */
  completed: number
  /** Items completed up to the end of the month, as a share of all items with a deadline so far. */
  cumulativeCompleted: number
}

/** Completion over time, month by month from the first deadline or completion to the last. */
export function completionOverTime(rows: readonly DashboardRow[]): MonthPoint[] {
  const due = new Map<string, number>()
  const completed = new Map<string, number>()
  for (const row of rows) {
    if (row.deadline) {
      const month = row.deadline.slice(0, 7)
      due.set(month, (due.get(month) ?? 0) + 1)
    }
    if (row.status === 'selesai' && row.completedDate) {
      const month = row.completedDate.slice(0, 7)
      completed.set(month, (completed.get(month) ?? 0) + 1)
    }
  }
  const months = [...new Set([...due.keys(), ...completed.keys()])].sort()
  const first = months[0]
  const last = months[months.length - 1]
  if (!first || !last) return []
  const points: MonthPoint[] = []
  let cumulative = 0
  for (let month = first; month <= last; month = nextMonth(month)) {
    const done = completed.get(month) ?? 0
    cumulative += done
    points.push({
      month,
      due: due.get(month) ?? 0,
      completed: done,
      cumulativeCompleted: cumulative,
    })
  }
  return points
}

function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4))
  const m = Number(month.slice(5, 7))
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`
}

import { diffDaysIso } from '../format/dates'
import { isOverdue } from '../rules/action-status'
import type { ActionRow } from './rows'

export interface MonitoringScope {
  unit: string
  /** The reporting period, inclusive. */
  from: string
  to: string
}

/**
 * The items a unit reports on for a period: those of its forums held by the period's end that were
 * still open at its start (finished earlier, they were reported before).
 */
export function selectMonitoringRows(
  rows: readonly ActionRow[],
  scope: MonitoringScope,
): ActionRow[] {
  return rows
    .filter(
      (row) =>
        row.unit === scope.unit &&
        row.forumDate <= scope.to &&
        !(row.completedDate !== null && row.completedDate < scope.from),
    )
    .sort(
      (a, b) =>
        (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') || a.plan.localeCompare(b.plan),
    )
}

export interface MonitoringFigures {
  total: number
  selesai: number
  dalamProses: number
  belumDimulai: number
  tidakDapat: number
  /** Open and past the deadline on the report date. */
  terlambat: number
  /** 0–100 */
  percentSelesai: number
  /** Mean days from the forum to completion over the finished items; null when none finished. */
  averageDays: number | null
}

export function monitoringFigures(
  rows: readonly ActionRow[],
  reportDate: string,
): MonitoringFigures {
  const figures: MonitoringFigures = {
    total: rows.length,
    selesai: 0,
    dalamProses: 0,
    belumDimulai: 0,
    tidakDapat: 0,
    terlambat: 0,
    percentSelesai: 0,
    averageDays: null,
  }
  let days = 0
  let finished = 0
  for (const row of rows) {
    if (row.status === 'selesai') figures.selesai += 1
    else if (row.status === 'dalam_proses') figures.dalamProses += 1
    else if (row.status === 'belum_dimulai') figures.belumDimulai += 1
    else figures.tidakDapat += 1
    if (isOverdue(row, reportDate)) figures.terlambat += 1
    if (row.status === 'selesai' && row.completedDate) {
      days += Math.max(0, diffDaysIso(row.forumDate, row.completedDate))
      finished += 1
    }
  }
  figures.percentSelesai = rows.length === 0 ? 0 : (figures.selesai / rows.length) * 100
  figures.averageDays = finished === 0 ? null : days / finished
  return figures
}

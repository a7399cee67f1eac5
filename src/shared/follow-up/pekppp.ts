import type { ActionStatus } from '../domain/enums'
import { daysInMonth, parseIsoDate } from '../format/dates'

/**
 * PEKPPP's follow-up indicators: the share of the rencana tindak lanjut that is
 * completed, in the evaluation's bands, and how fast all of it was completed after the forum.
 */
export const COMPLETION_BANDS = [
  'tidak_ada',
  'tidak_dilaksanakan',
  'kurang_30',
  'antara_30_80',
  'lebih_80',
  'seluruhnya',
] as const
export type CompletionBand = (typeof COMPLETION_BANDS)[number]

export const SPEED_MONTHS = [1, 3, 6, 9, 12] as const
export const SPEED_BANDS = [
  'bulan_1',
  'bulan_3',
  'bulan_6',
  'bulan_9',
  'bulan_12',
  'lebih_12',
  'belum_tuntas',
  'tidak_ada',
] as const
export type SpeedBand = (typeof SPEED_BANDS)[number]

export interface PekpppItem {
  status: ActionStatus
  progress: number
  completedDate: string | null
  /** The forum's last day. */
  forumDate: string
}

/**
 * The band of a completion percentage. "Tidak dilaksanakan": there is a plan but nothing of it has
 * been done at all (no item finished, none with any progress); otherwise the percentage decides,
 * 30 and 80 themselves falling in the middle band.
 */
export function completionBand(total: number, done: number, anyProgress: boolean): CompletionBand {
  if (total === 0) return 'tidak_ada'
  if (done === 0 && !anyProgress) return 'tidak_dilaksanakan'
  const percent = (done / total) * 100
  if (done === total) return 'seluruhnya'
  if (percent < 30) return 'kurang_30'
  if (percent <= 80) return 'antara_30_80'
  return 'lebih_80'
}

/** The same calendar day `months` later, clamped to the month's end (31 Jan + 1 → 28/29 Feb). */
export function addMonthsIso(iso: string, months: number): string {
  const { year, month, day } = parseIsoDate(iso)
  const index = year * 12 + (month - 1) + months
  const y = Math.floor(index / 12)
  const m = (index % 12) + 1
  const d = Math.min(day, daysInMonth(y, m))
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** The fastest speed band that a completion on `completed` after a forum on `forumDate` meets. */
export function speedBandOf(forumDate: string, completed: string): SpeedBand {
  for (const months of SPEED_MONTHS) {
    if (completed <= addMonthsIso(forumDate, months)) return `bulan_${months}`
  }
  return 'lebih_12'
}

const SPEED_RANK: Record<SpeedBand, number> = {
  bulan_1: 0,
  bulan_3: 1,
  bulan_6: 2,
  bulan_9: 3,
  bulan_12: 4,
  lebih_12: 5,
  belum_tuntas: 6,
  tidak_ada: 7,
}

export interface PekpppFigures {
  total: number
  done: number
  /** 0–100, one decimal kept by the caller's formatting. */
  percent: number
  completionBand: CompletionBand
  speedBand: SpeedBand
}

/**
 * Figures for a group of items (one forum, or one unit across forums). Speed is "all done within
 * N months": the slowest item decides, and the group has no speed while anything is still open.
 * Items that cannot be carried out (with a reason) are closed: they count against the percentage
 * but do not hold the speed back.
 */
export function pekpppFigures(items: readonly PekpppItem[]): PekpppFigures {
  const total = items.length
  let done = 0
  let anyProgress = false
  let open = 0
  let slowest: SpeedBand | null = null
  for (const item of items) {
    if (item.progress > 0) anyProgress = true
    if (item.status === 'selesai') {
      done += 1
      const band = item.completedDate ? speedBandOf(item.forumDate, item.completedDate) : 'lebih_12'
      if (slowest === null || SPEED_RANK[band] > SPEED_RANK[slowest]) slowest = band
    } else if (item.status !== 'tidak_dapat_dilaksanakan') {
      open += 1
    }
  }
  const speedBand: SpeedBand =
    total === 0 || (done === 0 && open === 0)
      ? 'tidak_ada'
      : open > 0
        ? 'belum_tuntas'
        : (slowest ?? 'tidak_ada')
  return {
    total,
    done,
    percent: total === 0 ? 0 : (done / total) * 100,
    completionBand: completionBand(total, done, anyProgress),
    speedBand,
  }
}

export interface PekpppGroup extends PekpppFigures {
  key: string
  label: string
}

/** Figures per group (forum or unit), largest groups first. */
export function pekpppBy<T extends PekpppItem>(
  items: readonly T[],
  keyOf: (item: T) => string,
  labelOf: (item: T) => string,
): PekpppGroup[] {
  const groups = new Map<string, { label: string; items: T[] }>()
  for (const item of items) {
    const key = keyOf(item)
    let group = groups.get(key)
    if (!group) {
      group = { label: labelOf(item), items: [] }
      groups.set(key, group)
    }
    group.items.push(item)
  }
  return [...groups.entries()]
    .map(([key, group]) => ({ key, label: group.label, ...pekpppFigures(group.items) }))
    .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label, 'id'))
}

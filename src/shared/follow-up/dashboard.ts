import type { DerivedActionStatus } from '../domain/enums'
import { addDaysIso } from '../format/dates'
import { isDueWithin, isOverdue } from '../rules/action-status'
import type { ActionRow, DashboardRow } from './rows'

export const DERIVED_STATUSES: readonly DerivedActionStatus[] = [
  'belum_dimulai',
  'dalam_proses',
  'terlambat',
  'selesai',
  'tidak_dapat_dilaksanakan',
]

export type DueFilter = 'overdue' | 'within7' | 'within30'
export type SortKey = 'deadline' | 'unit' | 'forum'
export const SORT_KEYS: readonly SortKey[] = ['deadline', 'unit', 'forum']

export interface DashboardFilter {
  unit: string
  person: string
  forumId: string
  /** Deadline period, inclusive; '' leaves that side open. */
  from: string
  to: string
  status: DerivedActionStatus | ''
  due: DueFilter | ''
  search: string
}

export const EMPTY_FILTER: DashboardFilter = {
  unit: '',
  person: '',
  forumId: '',
  from: '',
  to: '',
  status: '',
  due: '',
  search: '',
}

export type StatusCounts = Record<DerivedActionStatus, number> & { total: number }

export function emptyCounts(): StatusCounts {
  return {
    belum_dimulai: 0,
    dalam_proses: 0,
    terlambat: 0,
    selesai: 0,
    tidak_dapat_dilaksanakan: 0,
    total: 0,
  }
}

/** Lower case and single spaces; cheap enough to build for 50,000 rows in one pass. */
export function searchKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim()
}

/**
 * One search key per row, aligned with the rows: what the action is, who owns it and its period.
 * Forums are found through the forum filter, so their long titles stay out of 50,000 keys.
 */
export function buildSearchKeys(rows: readonly ActionRow[]): string[] {
  return rows.map((row) => searchKey(`${row.plan} ${row.unit} ${row.person} ${row.deadlineLabel}`))
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Undated items sort after every dated one. */
function compareDeadline(a: ActionRow, b: ActionRow): number {
  if (a.deadline === b.deadline) return 0
  if (a.deadline === null) return 1
  if (b.deadline === null) return -1
  return compareText(a.deadline, b.deadline)
}

const COMPARATORS: Record<SortKey, (a: ActionRow, b: ActionRow) => number> = {
  deadline: (a, b) => compareDeadline(a, b) || compareText(a.unit, b.unit),
  unit: (a, b) => compareText(a.unit, b.unit) || compareDeadline(a, b),
  forum: (a, b) =>
    compareText(b.forumDate, a.forumDate) ||
    compareText(a.forumTitle, b.forumTitle) ||
    compareDeadline(a, b),
}

/**
 * The row indexes in the order of `key`. A sort change picks another order and a filter change
 * walks it once, so neither sorts 50,000 rows again.
 */
export function sortOrder(rows: readonly ActionRow[], key: SortKey): Int32Array {
  const order = Array.from(rows.keys())
  const compare = COMPARATORS[key]
  order.sort((i, j) => compare(rows[i]!, rows[j]!))
  return Int32Array.from(order)
}

export interface FilterContext {
  today: string
  /** Needed only when the filter has a search text. */
  searchKeys?: readonly string[]
}

export interface FilterResult {
  rows: DashboardRow[]
  /** Per status, under every filter except the status one, so each chip says what it would show. */
  counts: StatusCounts
}

/** Filters the rows in the given order; the counts ignore the status filter itself. */
export function applyFilter(
  rows: readonly DashboardRow[],
  order: ArrayLike<number>,
  filter: DashboardFilter,
  context: FilterContext,
): FilterResult {
  const { today } = context
  const needle = searchKey(filter.search)
  const keys = needle ? context.searchKeys : undefined
  if (needle && !keys) throw new Error('applyFilter: search needs searchKeys')
  const dueBy =
    filter.due === 'within7'
      ? addDaysIso(today, 7)
      : filter.due === 'within30'
        ? addDaysIso(today, 30)
        : ''
  const counts = emptyCounts()
  const out: DashboardRow[] = []
  for (let k = 0; k < order.length; k++) {
    const index = order[k]!
    const row = rows[index]!
    if (filter.unit && row.unit !== filter.unit) continue
    if (filter.person && row.person !== filter.person) continue
    if (filter.forumId && row.forumId !== filter.forumId) continue
    if (filter.from && (row.deadline === null || row.deadline < filter.from)) continue
    if (filter.to && (row.deadline === null || row.deadline > filter.to)) continue
    if (filter.due === 'overdue' && !isOverdue(row, today)) continue
    if (dueBy && !isDueWithin(row, today, dueBy)) continue
    if (keys && !keys[index]!.includes(needle)) continue
    counts[row.derived] += 1
    counts.total += 1
    if (filter.status && row.derived !== filter.status) continue
    out.push(row)
  }
  return { rows: out, counts }
}

/** Distinct, sorted values for the unit and person pickers. */
export function distinctValues(
  rows: readonly DashboardRow[],
  pick: (row: DashboardRow) => string,
): string[] {
  const seen = new Set<string>()
  for (const row of rows) {
    const value = pick(row)
    if (value) seen.add(value)
  }
  return [...seen].sort((a, b) => a.localeCompare(b, 'id'))
}

/** Sort orders and search keys computed where the rows were loaded (a worker, off the UI thread). */
export interface PreparedKeys {
  orders: Record<SortKey, Int32Array>
  searchKeys: string[]
}

/** What is known so far: the worker sends the deadline order with the rows and the rest after. */
export interface KnownKeys {
  orders: Partial<Record<SortKey, Int32Array>>
  searchKeys?: string[]
}

export function prepareKeys(rows: readonly ActionRow[]): PreparedKeys {
  return {
    orders: {
      deadline: sortOrder(rows, 'deadline'),
      unit: sortOrder(rows, 'unit'),
      forum: sortOrder(rows, 'forum'),
    },
    searchKeys: buildSearchKeys(rows),
  }
}

/**
 * The loaded rows with what filtering needs, computed at most once each: one order per sort key
 * (on first use) and the search keys (on the first search).
 */
export function createDashboardIndex(rows: readonly DashboardRow[], prepared?: KnownKeys) {
  const orders = new Map<SortKey, Int32Array>()
  for (const key of SORT_KEYS) {
    const order = prepared?.orders[key]
    if (order) orders.set(key, order)
  }
  let searchKeys: readonly string[] | undefined = prepared?.searchKeys
  return {
    rows,
    order(key: SortKey): Int32Array {
      let order = orders.get(key)
      if (!order) {
        order = sortOrder(rows, key)
        orders.set(key, order)
      }
      return order
    },
    filter(filter: DashboardFilter, sort: SortKey, today: string): FilterResult {
      if (filter.search.trim() && !searchKeys) searchKeys = buildSearchKeys(rows)
      return applyFilter(rows, this.order(sort), filter, { today, searchKeys })
    },
  }
}
export type DashboardIndex = ReturnType<typeof createDashboardIndex>

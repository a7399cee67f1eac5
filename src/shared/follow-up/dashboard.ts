import type { DerivedActionStatus } from '../domain/enums'
import { addDaysIso } from '../format/dates'
import { isDueWithin, isOverdue } from '../rules/action-status'
import { rowList, type DashboardTable, type RowList } from './table'

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
 * What a search looks in: each row's plan, and each interned value (unit, person, deadline label)
 * once, not once per row. Forums are found through the forum filter, so their long titles stay out.
 */
export interface SearchKeys {
  plans: string[]
  strings: string[]
}

export function buildSearchKeys(table: DashboardTable): SearchKeys {
  return {
    plans: table.columns.plan.map(searchKey),
    strings: table.columns.strings.map(searchKey),
  }
}

/**
 * Each interned string's place in sorted order, so that sorting 50,000 rows compares integers.
 * Equal texts share a rank.
 */
function ranks<T>(values: readonly T[], compare: (a: T, b: T) => number): Uint32Array {
  const order = Array.from(values.keys()).sort((a, b) => compare(values[a]!, values[b]!))
  const out = new Uint32Array(values.length)
  let rank = 0
  for (let k = 0; k < order.length; k++) {
    if (k > 0 && compare(values[order[k - 1]!]!, values[order[k]!]!) !== 0) rank += 1
    out[order[k]!] = rank
  }
  return out
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * The row indexes in the order of `key`. A sort change picks another order and a filter change
 * walks it once, so neither sorts 50,000 rows again.
 */
export function sortOrder(table: DashboardTable, key: SortKey): Int32Array {
  const { columns } = table
  const text = ranks(columns.strings, compareText)
  // Undated items sort after every dated one.
  const undated = columns.strings.length
  const deadlineRank = (i: number) =>
    columns.deadline[i] === 0 ? undated : text[columns.deadline[i]!]!
  const byDeadline = (i: number, j: number) => deadlineRank(i) - deadlineRank(j)
  const byUnit = (i: number, j: number) => text[columns.unit[i]!]! - text[columns.unit[j]!]!
  let compare: (i: number, j: number) => number
  if (key === 'deadline') compare = (i, j) => byDeadline(i, j) || byUnit(i, j)
  else if (key === 'unit') compare = (i, j) => byUnit(i, j) || byDeadline(i, j)
  else {
    // Newest forum first, then by title.
    const forum = ranks(
      columns.forums,
      (a, b) => compareText(b.endDate, a.endDate) || compareText(a.title, b.title),
    )
    compare = (i, j) => forum[columns.forum[i]!]! - forum[columns.forum[j]!]! || byDeadline(i, j)
  }
  const order = Array.from({ length: table.length }, (_, i) => i)
  order.sort(compare)
  return Int32Array.from(order)
}

export interface FilterContext {
  today: string
  /** Needed only when the filter has a search text. */
  searchKeys?: SearchKeys
}

export interface FilterResult {
  /** The matching rows in order, read from the table on demand. */
  rows: RowList
  /** Per status, under every filter except the status one, so each chip says what it would show. */
  counts: StatusCounts
}

/** Codes of the interned values whose search key contains the needle. */
function matchingStrings(keys: SearchKeys, needle: string): Uint8Array {
  const out = new Uint8Array(keys.strings.length)
  for (let code = 1; code < keys.strings.length; code++) {
    if (keys.strings[code]!.includes(needle)) out[code] = 1
  }
  return out
}

/** Filters the rows in the given order; the counts ignore the status filter itself. */
export function applyFilter(
  table: DashboardTable,
  order: ArrayLike<number>,
  filter: DashboardFilter,
  context: FilterContext,
): FilterResult {
  const { today } = context
  const { columns } = table
  const { strings } = columns
  const needle = searchKey(filter.search)
  const keys = needle ? context.searchKeys : undefined
  if (needle && !keys) throw new Error('applyFilter: search needs searchKeys')
  const found = keys ? matchingStrings(keys, needle) : undefined
  const dueBy =
    filter.due === 'within7'
      ? addDaysIso(today, 7)
      : filter.due === 'within30'
        ? addDaysIso(today, 30)
        : ''
  // A unit or person no row has matches nothing: code -1 equals no column value.
  const unit = filter.unit ? table.code(filter.unit) : 0
  const person = filter.person ? table.code(filter.person) : 0
  const forumCodes = filter.forumId
    ? new Uint8Array(columns.forums.map((forum) => (forum.id === filter.forumId ? 1 : 0)))
    : undefined
  const counts = emptyCounts()
  const out: number[] = []
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!
    if (filter.unit && columns.unit[i] !== unit) continue
    if (filter.person && columns.person[i] !== person) continue
    if (forumCodes && forumCodes[columns.forum[i]!] !== 1) continue
    const deadline = columns.deadline[i] === 0 ? null : strings[columns.deadline[i]!]!
    if (filter.from && (deadline === null || deadline < filter.from)) continue
    if (filter.to && (deadline === null || deadline > filter.to)) continue
    if (filter.due) {
      const item = { status: table.status(i), deadline }
      if (filter.due === 'overdue' ? !isOverdue(item, today) : !isDueWithin(item, today, dueBy))
        continue
    }
    if (
      keys &&
      found &&
      !keys.plans[i]!.includes(needle) &&
      found[columns.unit[i]!] !== 1 &&
      found[columns.person[i]!] !== 1 &&
      found[columns.deadlineLabel[i]!] !== 1
    )
      continue
    const derived = table.derived(i)
    counts[derived] += 1
    counts.total += 1
    if (filter.status && derived !== filter.status) continue
    out.push(i)
  }
  return { rows: rowList(table, Int32Array.from(out)), counts }
}

/** Sort orders and search keys computed where the rows were loaded (a worker, off the UI thread). */
export interface PreparedKeys {
  orders: Record<SortKey, Int32Array>
  searchKeys: SearchKeys
}

/** What is known so far: the worker sends the deadline order with the rows and the rest after. */
export interface KnownKeys {
  orders: Partial<Record<SortKey, Int32Array>>
  searchKeys?: SearchKeys
}

export function prepareKeys(table: DashboardTable): PreparedKeys {
  return {
    orders: {
      deadline: sortOrder(table, 'deadline'),
      unit: sortOrder(table, 'unit'),
      forum: sortOrder(table, 'forum'),
    },
    searchKeys: buildSearchKeys(table),
  }
}

/**
 * The loaded table with what filtering needs, computed at most once each: one order per sort key
 * (on first use) and the search keys (on the first search).
 */
export function createDashboardIndex(table: DashboardTable, prepared?: KnownKeys) {
  const orders = new Map<SortKey, Int32Array>()
  for (const key of SORT_KEYS) {
    const order = prepared?.orders[key]
    if (order) orders.set(key, order)
  }
  let searchKeys: SearchKeys | undefined = prepared?.searchKeys
  return {
    table,
    order(key: SortKey): Int32Array {
      let order = orders.get(key)
      if (!order) {
        order = sortOrder(table, key)
        orders.set(key, order)
      }
      return order
    },
    filter(filter: DashboardFilter, sort: SortKey, today: string): FilterResult {
      if (filter.search.trim() && !searchKeys) searchKeys = buildSearchKeys(table)
      return applyFilter(table, this.order(sort), filter, { today, searchKeys })
    },
  }
}
export type DashboardIndex = ReturnType<typeof createDashboardIndex>

import {
  ACTION_STATUSES,
  prioritySchema,
  type ActionStatus,
  type DerivedActionStatus,
  type Priority,
} from '../domain/enums'
import { deriveActionStatus } from '../rules/action-status'
import type { ForumKind } from '../domain/enums'
import type { ActionRow, DashboardRow } from './rows'

/** A forum as the rows see it: its kind is null when the forum itself is gone. */
export interface TableForum {
  id: string
  title: string
  kind: ForumKind | null
  endDate: string
}

/**
 * The dashboard's rows held as columns: typed arrays and one interned copy of each unit, person,
 * date and forum, so that 50,000 items cost a few megabytes and cross from a worker mostly as
 * transferred buffers instead of 50,000 cloned objects. Plain data, so it survives postMessage.
 */
export interface ActionColumns {
  length: number
  id: string[]
  plan: string[]
  /** Indexes into `forums`. */
  forum: Uint32Array
  /** Each forum once, with the date the rows count from (its last day). */
  forums: TableForum[]
  /** Indexes into `strings`; 0 is '' and stands for a missing date. */
  unit: Uint32Array
  person: Uint32Array
  deadline: Uint32Array
  deadlineLabel: Uint32Array
  completedDate: Uint32Array
  strings: string[]
  /** Indexes into PRIORITIES, ACTION_STATUSES and DERIVED_CODES. */
  priority: Uint8Array
  status: Uint8Array
  derived: Uint8Array
  progress: Uint8Array
}

const PRIORITIES: readonly Priority[] = prioritySchema.options
export const DERIVED_CODES: readonly DerivedActionStatus[] = [...ACTION_STATUSES, 'terlambat']
const OPEN = new Set<ActionStatus>(['belum_dimulai', 'dalam_proses'])

/** The buffers a worker hands over instead of copying. */
export function columnBuffers(columns: ActionColumns): ArrayBuffer[] {
  const { forum, unit, person, deadline, deadlineLabel, completedDate } = columns
  const { priority, status, derived, progress } = columns
  return [
    forum,
    unit,
    person,
    deadline,
    deadlineLabel,
    completedDate,
    priority,
    status,
    derived,
    progress,
  ].map((array) => array.buffer as ArrayBuffer)
}

/** Columns for `count` rows, each read once through `rowAt`, with their status on `today`. */
export function buildColumns(
  count: number,
  rowAt: (index: number) => ActionRow,
  today: string,
): ActionColumns {
  const strings: string[] = ['']
  const stringCodes = new Map<string, number>([['', 0]])
  const intern = (value: string | null): number => {
    if (!value) return 0
    let code = stringCodes.get(value)
    if (code === undefined) {
      code = strings.length
      strings.push(value)
      stringCodes.set(value, code)
    }
    return code
  }
  const forums: TableForum[] = []
  const forumCodes = new Map<string, number>()
  const columns: ActionColumns = {
    length: count,
    id: new Array<string>(count),
    plan: new Array<string>(count),
    forum: new Uint32Array(count),
    forums,
    unit: new Uint32Array(count),
    person: new Uint32Array(count),
    deadline: new Uint32Array(count),
    deadlineLabel: new Uint32Array(count),
    completedDate: new Uint32Array(count),
    strings,
    priority: new Uint8Array(count),
    status: new Uint8Array(count),
    derived: new Uint8Array(count),
    progress: new Uint8Array(count),
  }
  for (let i = 0; i < count; i++) {
    const row = rowAt(i)
    const forumKey = `${row.forumId}\n${row.forumDate}\n${row.forumTitle}`
    let forum = forumCodes.get(forumKey)
    if (forum === undefined) {
      forum = forums.length
      forums.push({
        id: row.forumId,
        title: row.forumTitle,
        kind: row.forumKind,
        endDate: row.forumDate,
      })
      forumCodes.set(forumKey, forum)
    }
    columns.id[i] = row.id
    columns.plan[i] = row.plan
    columns.forum[i] = forum
    columns.unit[i] = intern(row.unit)
    columns.person[i] = intern(row.person)
    columns.deadline[i] = intern(row.deadline)
    columns.deadlineLabel[i] = intern(row.deadlineLabel)
    columns.completedDate[i] = intern(row.completedDate)
    columns.priority[i] = Math.max(0, PRIORITIES.indexOf(row.priority))
    columns.status[i] = Math.max(0, ACTION_STATUSES.indexOf(row.status))
    columns.derived[i] = DERIVED_CODES.indexOf(deriveActionStatus(row, today))
    columns.progress[i] = row.progress
  }
  return columns
}

/** Rows (tests, the first rows shown while the rest loads) as a table. */
export function tableOf(rows: readonly ActionRow[], today: string): DashboardTable {
  return new DashboardTable(buildColumns(rows.length, (i) => rows[i]!, today))
}

/** Reads the columns row by row; a row object is made only for a row that is shown or exported. */
export class DashboardTable {
  readonly length: number
  private codes: Map<string, number> | undefined

  constructor(readonly columns: ActionColumns) {
    this.length = columns.length
  }

  id(i: number): string {
    return this.columns.id[i]!
  }
  plan(i: number): string {
    return this.columns.plan[i]!
  }
  unit(i: number): string {
    return this.columns.strings[this.columns.unit[i]!]!
  }
  person(i: number): string {
    return this.columns.strings[this.columns.person[i]!]!
  }
  deadline(i: number): string | null {
    return this.columns.strings[this.columns.deadline[i]!] || null
  }
  forum(i: number): TableForum {
    return this.columns.forums[this.columns.forum[i]!]!
  }
  status(i: number): ActionStatus {
    return ACTION_STATUSES[this.columns.status[i]!]!
  }
  derived(i: number): DerivedActionStatus {
    return DERIVED_CODES[this.columns.derived[i]!]!
  }

  /** The code of an interned value, or -1 when no row has it. */
  code(value: string): number {
    if (!this.codes) this.codes = new Map(this.columns.strings.map((s, code) => [s, code]))
    return this.codes.get(value) ?? -1
  }

  row(i: number): DashboardRow {
    const c = this.columns
    const forum = this.forum(i)
    return {
      id: c.id[i]!,
      forumId: forum.id,
      forumTitle: forum.title,
      forumKind: forum.kind,
      forumDate: forum.endDate,
      plan: c.plan[i]!,
      unit: this.unit(i),
      person: this.person(i),
      deadline: this.deadline(i),
      deadlineLabel: c.strings[c.deadlineLabel[i]!]!,
      priority: PRIORITIES[c.priority[i]!]!,
      status: this.status(i),
      progress: c.progress[i]!,
      completedDate: c.strings[c.completedDate[i]!] || null,
      derived: this.derived(i),
    }
  }

  /** Row objects for the given indexes (every row when none are given). */
  rows(indexes?: ArrayLike<number>): DashboardRow[] {
    const count = indexes ? indexes.length : this.length
    const out = new Array<DashboardRow>(count)
    for (let k = 0; k < count; k++) out[k] = this.row(indexes ? indexes[k]! : k)
    return out
  }

  /** The distinct non-empty units, sorted the Indonesian way. */
  units(): string[] {
    return this.distinct(this.columns.unit)
  }

  /** The distinct non-empty people, of one unit when given. */
  people(unit = ''): string[] {
    const code = unit ? this.code(unit) : 0
    return this.distinct(this.columns.person, unit ? (i) => this.columns.unit[i] === code : null)
  }

  /** The forums that have rows, each once, newest first. */
  forums(): TableForum[] {
    const byId = new Map<string, TableForum>()
    for (const forum of this.columns.forums) byId.set(forum.id, forum)
    return [...byId.values()].sort((a, b) =>
      a.endDate < b.endDate ? 1 : a.endDate > b.endDate ? -1 : 0,
    )
  }

  /**
   * The indexes of open rows with a deadline, of one unit when given: all that reminders can
   * name, without making an object for every row.
   */
  openDated(unit = ''): number[] {
    const code = unit ? this.code(unit) : 0
    const { columns } = this
    const out: number[] = []
    for (let i = 0; i < this.length; i++) {
      if (unit && columns.unit[i] !== code) continue
      if (columns.deadline[i] === 0 || OPEN.has(this.status(i)) === false) continue
      out.push(i)
    }
    return out
  }

  private distinct(column: Uint32Array, keep: ((i: number) => boolean) | null = null): string[] {
    const seen = new Uint8Array(this.columns.strings.length)
    for (let i = 0; i < this.length; i++) if (!keep || keep(i)) seen[column[i]!] = 1
    seen[0] = 0
    const values: string[] = []
    for (let code = 0; code < seen.length; code++)
      if (seen[code]) values.push(this.columns.strings[code]!)
    return values.sort((a, b) => a.localeCompare(b, 'id'))
  }
}

/** A filtered, ordered view of the table: what the list, charts and exports read. */
export interface RowList {
  length: number
  /** The row at a position of the view. */
  at(position: number): DashboardRow
  /** Every row of the view as objects: for charts and exports, never for the list itself. */
  toArray(): DashboardRow[]
}

export function rowList(table: DashboardTable, indexes: ArrayLike<number>): RowList {
  return {
    length: indexes.length,
    at: (position) => table.row(indexes[position]!),
    toArray: () => table.rows(indexes),
  }
}

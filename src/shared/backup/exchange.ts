import { deepEqual } from '../bytes'
import type { Dataset, TableName } from './tables'

/** What a forum exchange package holds: the forum and everything it references. */
export const EXCHANGE_TABLES = [
  'forums',
  'people',
  'participants',
  'attendance',
  'agendaItems',
  'issues',
  'agreements',
  'actionItems',
  'progressUpdates',
  'attachments',
  'signatories',
  'documents',
] as const satisfies readonly TableName[]
export type ExchangeTable = (typeof EXCHANGE_TABLES)[number]
export type ExchangeData = { [T in ExchangeTable]: Dataset[T] }

type AnyRecord = Dataset[ExchangeTable][number]

export interface MergeConflict {
  table: ExchangeTable
  id: string
  local: AnyRecord
  incoming: AnyRecord
  /** Fields whose values differ, for the side-by-side view. */
  fields: string[]
}

export interface MergePlan {
  add: { [T in ExchangeTable]: Dataset[T] }
  skipped: Record<ExchangeTable, number>
  conflicts: MergeConflict[]
}

export type MergeChoice = 'local' | 'incoming'

export function conflictKey(conflict: Pick<MergeConflict, 'table' | 'id'>): string {
  return `${conflict.table}:${conflict.id}`
}

export function differingFields(a: object, b: object): string[] {
  const left = a as Record<string, unknown>
  const right = b as Record<string, unknown>
  const keys = new Set([...Object.keys(left), ...Object.keys(right)])
  return [...keys].filter((key) => !deepEqual(left[key], right[key])).sort()
}

/**
 * Merge by id: a record the laptop lacks is added, an identical one skipped, and one that differs
 * is a conflict the user settles. With no common ancestor there is no telling which side changed a
 * record, so any difference is shown rather than guessed; nothing on either side is dropped unseen.
 */
export function planMerge(
  incoming: ExchangeData,
  local: { [T in ExchangeTable]: Map<string, Dataset[T][number]> },
): MergePlan {
  const add = Object.fromEntries(EXCHANGE_TABLES.map((t) => [t, []])) as unknown as MergePlan['add']
  const skipped = Object.fromEntries(EXCHANGE_TABLES.map((t) => [t, 0])) as MergePlan['skipped']
  const conflicts: MergeConflict[] = []
  for (const table of EXCHANGE_TABLES) {
    for (const record of incoming[table] as AnyRecord[]) {
      const existing = (local[table] as Map<string, AnyRecord>).get(record.id)
      if (!existing) (add[table] as AnyRecord[]).push(record)
      else if (deepEqual(existing, record)) skipped[table] += 1
      else {
        conflicts.push({
          table,
          id: record.id,
          local: existing,
          incoming: record,
          fields: differingFields(existing, record),
        })
      }
    }
  }
  return { add, skipped, conflicts }
}

/** The records to write: every addition, and each conflict where the incoming side was chosen. */
export function resolveMerge(
  plan: MergePlan,
  choices: Record<string, MergeChoice>,
): { [T in ExchangeTable]: Dataset[T] } {
  const put = Object.fromEntries(
    EXCHANGE_TABLES.map((t) => [t, [...plan.add[t]]]),
  ) as unknown as MergePlan['add']
  for (const conflict of plan.conflicts) {
    if ((choices[conflictKey(conflict)] ?? 'local') === 'incoming') {
      ;(put[conflict.table] as AnyRecord[]).push(conflict.incoming)
    }
  }
  return put
}

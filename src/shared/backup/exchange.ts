import { deepEqual, sha256Hex } from '../bytes'
import type { GeneratedDocument } from '../domain'
import { fullHashOf } from '../documents/verdict'
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
      else if (deepEqual(withoutOrigin(existing), withoutOrigin(record))) skipped[table] += 1
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

/**
 * Where a finalised document came from is stamped on the package's copy by the laptop that sends
 * it; it says nothing about the document itself, so a copy coming home is the same document.
 */
function withoutOrigin(record: AnyRecord): AnyRecord {
  if (!('receivedFrom' in record)) return record
  const { receivedFrom: _origin, ...rest } = record
  return rest as AnyRecord
}

/** Stamps the package's copies of finalised documents with the sending laptop. */
export function stampOrigin(
  documents: readonly GeneratedDocument[],
  origin: NonNullable<GeneratedDocument['receivedFrom']>,
): GeneratedDocument[] {
  return documents.map((document) => ({ ...document, receivedFrom: origin }))
}

export type ScopeProblemCode =
  | 'not_the_forum'
  | 'forum_missing'
  | 'other_forum'
  | 'person_unreferenced'
  | 'attachment_unlinked'
  | 'document_hash'

export interface ScopeProblem {
  code: ScopeProblemCode
  table: ExchangeTable
  id: string
}

/** A package that reaches beyond its forum, or carries an altered finalised document. */
export class PackageRefusal extends Error {
  constructor(readonly problem: ScopeProblem) {
    super(`package refused: ${problem.code} (${problem.table} ${problem.id})`)
    this.name = 'PackageRefusal'
  }
}

export function isPackageRefusal(error: unknown): error is PackageRefusal {
  return error instanceof Error && error.name === 'PackageRefusal' && 'problem' in error
}

const FORUM_TABLES = [
  'participants',
  'attendance',
  'agendaItems',
  'issues',
  'agreements',
  'actionItems',
  'progressUpdates',
  'signatories',
  'documents',
] as const satisfies readonly ExchangeTable[]

/**
 * The first record that does not belong to the package's forum: the forum itself is there, and
 * is the only one; every record carrying a forum id carries this one; a person is there because a participant
 * or an attendance of the package names them; a file is the forum's, or evidence of one of the
 * package's progress updates. Anything else would reach into another forum of the laptop that
 * imports it, so the whole package is refused.
 */
export function scopeProblem(forumId: string, data: ExchangeData): ScopeProblem | null {
  for (const forum of data.forums) {
    if (forum.id !== forumId) return { code: 'not_the_forum', table: 'forums', id: forum.id }
  }
  if (data.forums.length !== 1) return { code: 'forum_missing', table: 'forums', id: forumId }
  for (const table of FORUM_TABLES) {
    for (const record of data[table] as { id: string; forumId: string }[]) {
      if (record.forumId !== forumId) return { code: 'other_forum', table, id: record.id }
    }
  }
  const named = new Set([...data.participants, ...data.attendance].map((r) => r.personId))
  for (const person of data.people) {
    if (!named.has(person.id))
      return { code: 'person_unreferenced', table: 'people', id: person.id }
  }
  const evidence = new Set(data.progressUpdates.flatMap((p) => p.attachmentIds))
  for (const file of data.attachments) {
    if (file.forumId === forumId || (file.forumId === null && evidence.has(file.id))) continue
    return {
      code: file.forumId === null ? 'attachment_unlinked' : 'other_forum',
      table: 'attachments',
      id: file.id,
    }
  }
  return null
}

/** A finalised document is taken only as it was finalised: its hashes match its stored texts. */
export async function documentProblem(
  documents: readonly GeneratedDocument[],
): Promise<ScopeProblem | null> {
  for (const document of documents) {
    const intact =
      (await sha256Hex(document.canonical)) === document.hash &&
      (document.fullHash === undefined ||
        (await fullHashOf(document.canonical, document.headerFooterText ?? '')) ===
          document.fullHash)
    if (!intact) return { code: 'document_hash', table: 'documents', id: document.id }
  }
  return null
}

/** Refuses the whole package at its first record out of scope; returns when every one fits. */
export async function checkPackageScope(forumId: string, data: ExchangeData): Promise<void> {
  const problem = scopeProblem(forumId, data) ?? (await documentProblem(data.documents))
  if (problem) throw new PackageRefusal(problem)
}

import Dexie, { type Transaction } from 'dexie'
import { deepEqual } from '@shared/bytes'
import type { AuditEntry } from '@shared/domain'
import type { MufakatDatabase } from './database'
import type { RepoContext } from './context'

/**
 * The audit log: every write to a record is noted automatically (who, what, when) by Dexie table
 * hooks. A hook may not write to a table outside its transaction's scope, so entries are collected
 * per transaction and written right after it commits; a write that rolled back leaves no entry.
 */

/** Above this many records, one transaction is noted per table (a sample load, a bench seed). */
const BULK_THRESHOLD = 50
const UNAUDITED = new Set(['audit', 'settings'])
export const USER_NAME_KEY = 'userName'
export const DEFAULT_ACTOR = 'Pengguna'
/** The documents the signatories sign; once one is final, their signatures may not change. */
const SIGNED_KINDS = new Set<string>(['berita_acara', 'nota_kesepakatan'])

/** Thrown when a write would change a finalised document or a signature on one. */
export class ImmutableRecordError extends Error {
  constructor(
    readonly entity: string,
    readonly entityId: string,
  ) {
    super(`${entity} ${entityId} belongs to a finalised document and cannot change`)
    this.name = 'ImmutableRecordError'
  }
}

interface PendingEntry {
  at: string
  entity: string
  entityId: string
  forumId: string | null
  action: AuditEntry['action']
  summary: string
}

interface Trail {
  actor: string
  /** Forums whose signatories' document (berita acara / nota kesepakatan) is finalised. */
  finalised: Set<string>
  pending: Map<Transaction, PendingEntry[]>
  /** Transactions whose caller writes its own entry (restore, import) and may replace documents. */
  privileged: WeakSet<Transaction>
  /** Bumped on every audited commit: the automatic backup asks whether anything changed. */
  changes: number
  clock: () => Date
  /** The per-record hooks, so that a whole-database replace can run without them. */
  subscriptions: { table: string; event: HookEvent; fn: (...args: never[]) => unknown }[]
}

type HookEvent = 'creating' | 'updating' | 'deleting'

const trails = new WeakMap<MufakatDatabase, Trail>()

function label(record: Record<string, unknown> | undefined): string {
  if (!record) return ''
  for (const key of ['title', 'name', 'plan', 'text', 'fileName']) {
    const value = record[key]
    if (typeof value === 'string' && value !== '') return value.slice(0, 160)
  }
  return ''
}

function forumIdOf(table: string, id: string, record: Record<string, unknown> | undefined) {
  if (table === 'forums') return id
  const forumId = record?.forumId
  return typeof forumId === 'string' ? forumId : null
}

function collapse(entries: PendingEntry[]): PendingEntry[] {
  if (entries.length <= BULK_THRESHOLD) return entries
  const perTable = new Map<string, number>()
  for (const entry of entries) perTable.set(entry.entity, (perTable.get(entry.entity) ?? 0) + 1)
  const at = entries[0]!.at
  return [...perTable].map(([entity, count]) => ({
    at,
    entity,
    entityId: '*',
    forumId: null,
    action: 'import',
    summary: `${count}`,
  }))
}

function trailOf(db: MufakatDatabase): Trail {
  const trail = trails.get(db)
  if (!trail) throw new Error('audit trail not installed')
  return trail
}

/** Marks the running transaction as writing its own audit entry and allowed to replace all data. */
export function privilegeCurrentTransaction(db: MufakatDatabase): void {
  const tx = Dexie.currentTransaction
  if (tx) trailOf(db).privileged.add(tx)
}

export function auditChangeCount(db: MufakatDatabase): number {
  return trails.get(db)?.changes ?? 0
}

/** After a restore, the set of finalised forums is read again. */
export async function refreshFinalisedForums(db: MufakatDatabase): Promise<void> {
  const trail = trailOf(db)
  const signed = (await db.documents.toArray()).filter((d) => SIGNED_KINDS.has(d.kind))
  trail.finalised = new Set(signed.map((d) => d.forumId))
  const row = await db.settings.get(USER_NAME_KEY)
  trail.actor =
    typeof row?.value === 'string' && row.value.trim() !== '' ? row.value : DEFAULT_ACTOR
}

export function currentActor(db: MufakatDatabase): string {
  return trails.get(db)?.actor ?? DEFAULT_ACTOR
}

function valueAt(record: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => {
    return value !== null && typeof value === 'object'
      ? (value as Record<string, unknown>)[key]
      : undefined
  }, record)
}

/** Top-level fields whose values really changed (Dexie's diff also lists equal arrays). */
function changedFields(mods: object, record: Record<string, unknown>): string[] {
  const changed = new Set<string>()
  for (const [path, value] of Object.entries(mods)) {
    const field = path.split('.')[0]!
    if (field !== 'updatedAt' && !deepEqual(valueAt(record, path), value)) changed.add(field)
  }
  return [...changed].sort()
}

export function installAuditTrail(db: MufakatDatabase): void {
  if (trails.has(db)) return
  const trail: Trail = {
    actor: DEFAULT_ACTOR,
    finalised: new Set(),
    pending: new Map(),
    privileged: new WeakSet(),
    changes: 0,
    clock: () => new Date(),
    subscriptions: [],
  }
  trails.set(db, trail)
  db.on('ready', () => refreshFinalisedForums(db))

  function note(tx: Transaction, entry: Omit<PendingEntry, 'at'>): void {
    if (trail.privileged.has(tx)) return
    let list = trail.pending.get(tx)
    if (!list) {
      list = []
      trail.pending.set(tx, list)
      tx.on('complete', () => {
        trail.pending.delete(tx)
        trail.changes += 1
        const entries = collapse(list!).map((e) => ({
          ...e,
          id: crypto.randomUUID(),
          actor: trail.actor,
        }))
        // The data is committed; an entry that cannot be written (database closed) must not
        // turn that success into an error.
        db.audit.bulkAdd(entries).catch(() => undefined)
      })
      tx.on('abort', () => trail.pending.delete(tx))
      tx.on('error', () => trail.pending.delete(tx))
    }
    list.push({ ...entry, at: trail.clock().toISOString() })
  }

  function guard(table: string, id: string, record: Record<string, unknown>, tx: Transaction) {
    if (trail.privileged.has(tx)) return
    if (table === 'documents') throw new ImmutableRecordError(table, id)
    if (table === 'signatories' && trail.finalised.has(String(record.forumId))) {
      throw new ImmutableRecordError(table, id)
    }
  }

  db.settings.hook('creating', (_key, setting) => {
    if (setting.key === USER_NAME_KEY && typeof setting.value === 'string') {
      trail.actor = setting.value.trim() || DEFAULT_ACTOR
    }
  })
  db.settings.hook('updating', (mods, key) => {
    const value = (mods as Record<string, unknown>).value
    if (key === USER_NAME_KEY && typeof value === 'string')
      trail.actor = value.trim() || DEFAULT_ACTOR
  })

  for (const table of db.tables) {
    const name = table.name
    if (UNAUDITED.has(name)) continue
    const creating = (key: unknown, record: Record<string, unknown>, tx: Transaction) => {
      const id = String(key ?? record.id)
      if (name === 'documents' && SIGNED_KINDS.has(String(record.kind))) {
        trail.finalised.add(String(record.forumId))
      }
      note(tx, {
        entity: name,
        entityId: id,
        forumId: forumIdOf(name, id, record),
        action: name === 'documents' ? 'finalise' : 'create',
        summary: label(record),
      })
    }
    const updating = (
      mods: object,
      key: unknown,
      record: Record<string, unknown>,
      tx: Transaction,
    ) => {
      const id = String(key)
      const fields = changedFields(mods, record)
      if (name === 'documents') guard(name, id, record, tx)
      if (name === 'signatories' && fields.includes('signaturePng')) guard(name, id, record, tx)
      if (fields.length === 0) return
      note(tx, {
        entity: name,
        entityId: id,
        forumId: forumIdOf(name, id, record),
        action: 'update',
        summary: fields.join(', '),
      })
    }
    const deleting = (key: unknown, record: Record<string, unknown>, tx: Transaction) => {
      const id = String(key)
      if (record) guard(name, id, record, tx)
      note(tx, {
        entity: name,
        entityId: id,
        forumId: forumIdOf(name, id, record),
        action: 'delete',
        summary: label(record),
      })
    }
    table.hook('creating', creating)
    table.hook('updating', updating)
    table.hook('deleting', deleting)
    trail.subscriptions.push(
      { table: name, event: 'creating', fn: creating },
      { table: name, event: 'updating', fn: updating },
      { table: name, event: 'deleting', fn: deleting },
    )
  }
}

/**
 * Runs a whole-database replace without the per-record hooks: with a subscriber, Dexie clears a
 * table record by record, which made a restore ten times slower. The caller writes its own entry.
 */
export async function withAuditHooksSuspended<T>(
  db: MufakatDatabase,
  work: () => Promise<T>,
): Promise<T> {
  const { subscriptions } = trailOf(db)
  type Hook = { subscribe(fn: unknown): void; unsubscribe(fn: unknown): void }
  const hook = (s: (typeof subscriptions)[number]) =>
    (db.table(s.table).hook as unknown as (event: HookEvent) => Hook)(s.event)
  for (const s of subscriptions) hook(s).unsubscribe(s.fn)
  try {
    return await work()
  } finally {
    for (const s of subscriptions) hook(s).subscribe(s.fn)
  }
}

export interface AuditQuery {
  forumId?: string
  /** The action item and its progress updates. */
  actionItemId?: string
  limit?: number
}

export function createAuditRepository(ctx: RepoContext) {
  const { db } = ctx
  // Entries carry the repositories' clock, so tests and the app see one time.
  const trail = trails.get(db)
  if (trail) trail.clock = ctx.clock
  return {
    /** Newest first. */
    async list(query: AuditQuery = {}): Promise<AuditEntry[]> {
      const limit = query.limit ?? 500
      if (query.actionItemId) {
        const progressIds = await db.progressUpdates
          .where('actionItemId')
          .equals(query.actionItemId)
          .primaryKeys()
        const keys: [string, string][] = [
          ['actionItems', query.actionItemId],
          ...progressIds.map((id): [string, string] => ['progressUpdates', id]),
        ]
        const entries = await db.audit.where('[entity+entityId]').anyOf(keys).toArray()
        return entries.sort((a, b) => b.at.localeCompare(a.at)).slice(0, limit)
      }
      if (query.forumId) {
        return db.audit
          .where('[forumId+at]')
          .between([query.forumId, Dexie.minKey], [query.forumId, Dexie.maxKey])
          .reverse()
          .limit(limit)
          .toArray()
      }
      return db.audit.orderBy('at').reverse().limit(limit).toArray()
    },

    /** An entry the caller writes itself: a restore, an import, an erasure. */
    async record(entry: Omit<AuditEntry, 'id' | 'at' | 'actor'>): Promise<void> {
      await db.audit.add({
        ...entry,
        id: ctx.newId(),
        at: ctx.clock().toISOString(),
        actor: currentActor(db),
      })
    },

    /** The forum's action items, for the log's per-item filter. */
    async actionItemsOf(forumId: string): Promise<{ id: string; plan: string }[]> {
      const items = await db.actionItems
        .where('[forumId+order]')
        .between([forumId, Dexie.minKey], [forumId, Dexie.maxKey])
        .toArray()
      return items.map((item) => ({ id: item.id, plan: item.plan }))
    },

    actor: () => currentActor(db),
  }
}

export type AuditRepository = ReturnType<typeof createAuditRepository>

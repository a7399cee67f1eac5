import Dexie, {
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTable,
  type DBCoreTransaction,
  type Transaction,
} from 'dexie'
import { deepEqual } from '@shared/bytes'
import type { AuditEntry, Signatory } from '@shared/domain'
import { signatoryLocked, type FinalisedSignatures } from '@shared/documents'
import { DEFAULT_USER_NAME, readSetting } from '@shared/settings'
import type { MufakatDatabase } from './database'

/**
 * The audit trail: every write to a record is noted (who, what, when) by Dexie table hooks, and the
 * entry is written in the same transaction as the change, before the write's promise resolves: a
 * change that rolls back leaves no entry, and a caller that awaited its write can read the entry.
 * The trail also keeps finalised documents and the signatures on them from changing.
 */

/** Above this many records in one transaction, one entry per table is kept (a sample, a seed). */
const BULK_THRESHOLD = 50
const UNAUDITED = new Set(['audit', 'settings'])

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

type PendingEntry = Omit<AuditEntry, 'id' | 'actor'>

/** What one transaction has written to the audit table so far. */
interface TransactionLog {
  /** Entries per record, while the transaction stays under the bulk threshold. */
  single: AuditEntry[]
  /** Past the threshold: one summary entry per table, with its record count. */
  bulk: Map<string, { entry: AuditEntry; count: number }> | null
}

interface Trail {
  actor: string
  /** Per forum, the signatures its finalised documents hold: those may not change. */
  finalised: Map<string, FinalisedSignatures[]>
  /** Noted by the hooks, keyed by the transaction's DBCore handle, until the write lands. */
  pending: WeakMap<DBCoreTransaction, PendingEntry[]>
  logs: WeakMap<DBCoreTransaction, TransactionLog>
  /** Transactions whose caller writes its own entry (restore, import) and may replace documents. */
  privileged: WeakSet<Transaction>
  /** Bumped on every audited commit: the automatic backup asks whether anything changed. */
  changes: number
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

function noteFinalised(trail: Trail, record: Record<string, unknown>): void {
  const forumId = String(record.forumId)
  const list = trail.finalised.get(forumId) ?? []
  list.push({
    kind: record.kind as FinalisedSignatures['kind'],
    signatories: record.signatories as FinalisedSignatures['signatories'],
  })
  trail.finalised.set(forumId, list)
}

/** After a restore, the finalised documents' signatures and the user's name are read again. */
export async function refreshFinalisedForums(db: MufakatDatabase): Promise<void> {
  const trail = trailOf(db)
  trail.finalised = new Map()
  for (const document of await db.documents.toArray()) noteFinalised(trail, document)
  trail.actor = readSetting('userName', (await db.settings.get('userName'))?.value)
}

/** The name written on audit entries: the user's, or the registry's default. */
export function currentActor(db: MufakatDatabase): string {
  return trails.get(db)?.actor ?? DEFAULT_USER_NAME
}

/**
 * The one entry a whole-database write (a restore, a generated data set) leaves, written by its
 * caller inside its own transaction while the per-record hooks stand aside.
 */
export function addDatabaseEntry(
  ctx: { db: MufakatDatabase; clock: () => Date; newId: () => string },
  action: 'restore' | 'import',
  summary: string,
): Promise<string> {
  return ctx.db.audit.add({
    id: ctx.newId(),
    at: ctx.clock().toISOString(),
    actor: currentActor(ctx.db),
    entity: 'database',
    entityId: '*',
    forumId: null,
    action,
    summary,
  })
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

/**
 * Writes what the hooks noted during one write into the audit table, through the same
 * transaction. Past the bulk threshold the transaction's single entries give way to one summary
 * per table, so a sample load or a seed leaves a few lines, not thousands.
 */
function writeEntries(
  trail: Trail,
  audit: DBCoreTable,
  trans: DBCoreTransaction,
  fresh: PendingEntry[],
): Promise<unknown> {
  let log = trail.logs.get(trans)
  if (!log) {
    log = { single: [], bulk: null }
    trail.logs.set(trans, log)
  }
  const stamp = (entry: PendingEntry): AuditEntry => ({
    ...entry,
    id: crypto.randomUUID(),
    actor: trail.actor,
  })
  if (!log.bulk && log.single.length + fresh.length <= BULK_THRESHOLD) {
    const values = fresh.map(stamp)
    log.single.push(...values)
    return audit.mutate({ type: 'add', trans, values })
  }
  const replaced = log.bulk ? [] : log.single.map((entry) => entry.id)
  const bulk = log.bulk ?? new Map<string, { entry: AuditEntry; count: number }>()
  const touched = new Set<string>()
  for (const entry of [...log.single, ...fresh]) {
    const summary = bulk.get(entry.entity) ?? {
      count: 0,
      entry: stamp({ ...entry, entityId: '*', forumId: null, action: 'import', summary: '' }),
    }
    summary.count += 1
    summary.entry = { ...summary.entry, summary: `${summary.count}` }
    bulk.set(entry.entity, summary)
    touched.add(entry.entity)
  }
  log.single = []
  log.bulk = bulk
  const values = [...touched].map((entity) => bulk.get(entity)!.entry)
  const put = () => audit.mutate({ type: 'put', trans, values })
  return replaced.length > 0
    ? audit.mutate({ type: 'delete', trans, keys: replaced }).then(put)
    : put()
}

/**
 * A DBCore layer above Dexie's hooks: every read-write transaction also opens the audit table, and
 * each write on an audited table resolves only after its entries are written with it.
 */
function auditMiddleware(trail: Trail) {
  return {
    stack: 'dbcore' as const,
    name: 'AuditTrail',
    // Above Dexie's hooks middleware (level 2), so the hooks have noted the write when it returns.
    level: 3,
    create(down: DBCore): Partial<DBCore> {
      return {
        transaction(stores, mode, options) {
          const scope =
            mode === 'readwrite' && !stores.includes('audit') ? [...stores, 'audit'] : stores
          return down.transaction(scope, mode, options)
        },
        table(name) {
          const table = down.table(name)
          if (UNAUDITED.has(name)) return table
          return {
            ...table,
            mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
              return table.mutate(req).then((response) => {
                const fresh = trail.pending.get(req.trans)
                if (!fresh || fresh.length === 0) return response
                trail.pending.delete(req.trans)
                return writeEntries(trail, down.table('audit'), req.trans, fresh).then(
                  () => response,
                )
              })
            },
          }
        },
      }
    },
  }
}

export function installAuditTrail(db: MufakatDatabase): void {
  if (trails.has(db)) return
  const trail: Trail = {
    actor: DEFAULT_USER_NAME,
    finalised: new Map(),
    pending: new WeakMap(),
    logs: new WeakMap(),
    privileged: new WeakSet(),
    changes: 0,
    subscriptions: [],
  }
  trails.set(db, trail)
  db.use(auditMiddleware(trail))
  db.on('ready', () => refreshFinalisedForums(db))
  const counted = new WeakSet<Transaction>()

  function note(tx: Transaction, entry: Omit<PendingEntry, 'at'>): void {
    if (trail.privileged.has(tx)) return
    const trans = tx.idbtrans as unknown as DBCoreTransaction
    let list = trail.pending.get(trans)
    if (!list) {
      list = []
      trail.pending.set(trans, list)
    }
    list.push({ ...entry, at: db.clock().toISOString() })
    if (!counted.has(tx)) {
      counted.add(tx)
      tx.on('complete', () => {
        trail.changes += 1
      })
    }
  }

  function guard(table: string, id: string, record: Record<string, unknown>, tx: Transaction) {
    if (trail.privileged.has(tx)) return
    if (table === 'documents') throw new ImmutableRecordError(table, id)
    if (
      table === 'signatories' &&
      signatoryLocked(record as Signatory, trail.finalised.get(String(record.forumId)) ?? [])
    ) {
      throw new ImmutableRecordError(table, id)
    }
  }

  db.settings.hook('creating', (key, setting) => {
    if (key === 'userName') trail.actor = readSetting('userName', setting.value)
  })
  db.settings.hook('updating', (mods, key) => {
    const value = (mods as Record<string, unknown>).value
    if (key === 'userName') trail.actor = readSetting('userName', value)
  })
  db.settings.hook('deleting', (key) => {
    if (key === 'userName') trail.actor = DEFAULT_USER_NAME
  })

  for (const table of db.tables) {
    const name = table.name
    if (UNAUDITED.has(name)) continue
    const creating = (key: unknown, record: Record<string, unknown>, tx: Transaction) => {
      const id = String(key ?? record.id)
      if (name === 'documents') noteFinalised(trail, record)
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

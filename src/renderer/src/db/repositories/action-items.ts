import type { ActionItem, Agreement, Forum, Issue } from '@shared/domain'
import {
  prepareKeys,
  type KnownKeys,
  type PreparedKeys,
  type SearchKeys,
} from '@shared/follow-up/dashboard'
import { toActionRow, toForumRef, type ActionRow, type ForumRef } from '@shared/follow-up/rows'
import { buildColumns, DashboardTable, type ActionColumns } from '@shared/follow-up/table'
import type { RepoContext } from '../context'
import type { MufakatDatabase } from '../database'

export interface ActionItemDetail {
  item: ActionItem
  forum: Forum | null
  agreement: Agreement | null
  issues: Issue[]
}

export interface LoadedDashboard {
  /** Statuses as seen on `today`. */
  today: string
  table: DashboardTable
  keys: PreparedKeys
}

/** Every row with its status on `today` and every sort and search key, ready to filter. */
export async function prepareDashboard(
  db: MufakatDatabase,
  today: string,
): Promise<LoadedDashboard> {
  const table = new DashboardTable(await readDashboardColumns(db, today))
  return { today, table, keys: prepareKeys(table) }
}

async function readItemsAndForums(db: MufakatDatabase) {
  const [items, forums] = await db.transaction('r', db.actionItems, db.forums, () =>
    Promise.all([db.actionItems.toArray(), db.forums.toArray()]),
  )
  const refs = new Map<string, ForumRef>(forums.map((f) => [f.id, toForumRef(f)]))
  return { items, refs }
}

/**
 * Every action item as dashboard columns. The full records are dropped as soon as they are
 * mapped, so 50,000 items cost the memory of their columns only.
 */
export async function readDashboardColumns(
  db: MufakatDatabase,
  today: string,
): Promise<ActionColumns> {
  const { items, refs } = await readItemsAndForums(db)
  return buildColumns(
    items.length,
    (i) => toActionRow(items[i]!, refs.get(items[i]!.forumId)),
    today,
  )
}

/** The rows with the deadline order only: enough to show and filter the list at once. */
export interface EarlyDashboard {
  today: string
  table: DashboardTable
  keys: KnownKeys
}

/**
 * Reading 50,000 records costs seconds of structured cloning; a worker does it off the UI thread
 * and sends back only the rows with the deadline order (`onRows`), then the other sort orders and
 * the search keys. Without workers (tests), inline.
 */
function loadInWorker(
  db: MufakatDatabase,
  today: string,
  onRows?: (early: EarlyDashboard) => void,
): Promise<LoadedDashboard> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../action-rows.worker.ts', import.meta.url), {
      type: 'module',
    })
    let early: { table: DashboardTable; deadline: Int32Array } | undefined
    worker.onmessage = (event: MessageEvent<DashboardWorkerReply>) => {
      const reply = event.data
      if (reply.ok && reply.phase === 'rows') {
        early = { table: new DashboardTable(reply.columns), deadline: reply.deadline }
        onRows?.({ today, table: early.table, keys: { orders: { deadline: reply.deadline } } })
        return
      }
      worker.terminate()
      if (!reply.ok) return reject(new Error(reply.message))
      if (!early) return reject(new Error('dashboard keys arrived before its rows'))
      resolve({
        today,
        table: early.table,
        keys: {
          orders: { deadline: early.deadline, ...reply.orders },
          searchKeys: reply.searchKeys,
        },
      })
    }
    worker.onerror = (event) => {
      worker.terminate()
      reject(new Error(event.message))
    }
    worker.postMessage({ dbName: db.name, today } satisfies DashboardWorkerRequest)
  })
}

export interface DashboardWorkerRequest {
  dbName: string
  today: string
}
export type DashboardWorkerReply =
  | { ok: true; phase: 'rows'; columns: ActionColumns; deadline: Int32Array }
  | {
      ok: true
      phase: 'keys'
      orders: Omit<PreparedKeys['orders'], 'deadline'>
      searchKeys: SearchKeys
    }
  | { ok: false; message: string }

export function createActionItemsRepository(ctx: RepoContext) {
  const { db } = ctx

  async function forumRefs(ids: readonly string[]): Promise<Map<string, ForumRef>> {
    const forums = await db.forums.bulkGet([...new Set(ids)])
    return new Map(
      forums.filter((f): f is Forum => f !== undefined).map((f) => [f.id, toForumRef(f)]),
    )
  }

  return {
    /** Earliest deadline first through the deadline index; undated items come last. */
    async listByDeadline(limit = 500): Promise<ActionItem[]> {
      const dated = await db.actionItems.orderBy('deadline').limit(limit).toArray()
      if (dated.length >= limit) return dated
      const undated = await db.actionItems
        .filter((item) => item.deadline === null)
        .limit(limit - dated.length)
        .toArray()
      return [...dated, ...undated]
    },

    async count(): Promise<number> {
      return db.actionItems.count()
    },

    /** Every action item as a row object: for tests and small lists, not for the dashboard. */
    async listRows(): Promise<ActionRow[]> {
      const { items, refs } = await readItemsAndForums(db)
      return items.map((item) => toActionRow(item, refs.get(item.forumId)))
    },

    /**
     * The whole dashboard: rows with their sort orders and search keys prepared. `onRows` may hear
     * of the rows with their deadline order first, while the other keys are still computed.
     */
    async loadDashboard(
      today: string,
      onRows?: (early: EarlyDashboard) => void,
    ): Promise<LoadedDashboard> {
      if (typeof Worker === 'undefined') return prepareDashboard(db, today)
      // A shell that refuses module workers still gets its dashboard, only on the UI thread.
      return loadInWorker(db, today, onRows).catch(() => prepareDashboard(db, today))
    },

    /**
     * A count over the whole primary key, so that a live query over it wakes on any change to any
     * action item (Dexie observes the full key range a count reads); a fresh object each time, so
     * that the dashboard reloads its rows even when the count stays. Reading the keys instead
     * held up the first rows for 100 ms behind 50,000 keys.
     */
    async changeSignal(): Promise<{ count: number }> {
      return { count: await db.actionItems.count() }
    },

    /** The first rows by deadline, shown while the whole list loads. */
    async firstRows(limit: number): Promise<ActionRow[]> {
      const items = await db.actionItems.orderBy('deadline').limit(limit).toArray()
      const forums = await forumRefs(items.map((item) => item.forumId))
      return items.map((item) => toActionRow(item, forums.get(item.forumId)))
    },

    async get(id: string): Promise<ActionItem | undefined> {
      return db.actionItems.get(id)
    },

    async listByIds(ids: readonly string[]): Promise<ActionItem[]> {
      const items = await db.actionItems.bulkGet([...ids])
      return items.filter((item): item is ActionItem => item !== undefined)
    },

    /** The item with what it links to: its forum, agreement and the issues it answers. */
    async detail(id: string): Promise<ActionItemDetail | null> {
      return db.transaction(
        'r',
        [db.actionItems, db.forums, db.agreements, db.issues],
        async () => {
          const item = await db.actionItems.get(id)
          if (!item) return null
          const [forum, agreement, issues] = await Promise.all([
            db.forums.get(item.forumId),
            item.agreementId ? db.agreements.get(item.agreementId) : Promise.resolve(undefined),
            db.issues.bulkGet(item.issueIds),
          ])
          return {
            item,
            forum: forum ?? null,
            agreement: agreement ?? null,
            issues: issues.filter((issue): issue is Issue => issue !== undefined),
          }
        },
      )
    },

    /**
     * Open items that are late or due by `dueBy`, read through the [status+deadline] index so that
     * the daily reminder never loads the whole table.
     */
    async openDueBy(dueBy: string, unit = ''): Promise<ActionRow[]> {
      const items = await db.actionItems
        .where('[status+deadline]')
        .inAnyRange(
          [
            ['belum_dimulai', ''],
            ['dalam_proses', ''],
          ].map((lower) => [lower, [lower[0], dueBy]]),
          { includeUppers: true },
        )
        .toArray()
      const scoped = unit ? items.filter((item) => item.responsibleUnit === unit) : items
      const forums = await forumRefs(scoped.map((item) => item.forumId))
      return scoped.map((item) => toActionRow(item, forums.get(item.forumId)))
    },
  }
}

export type ActionItemsRepository = ReturnType<typeof createActionItemsRepository>

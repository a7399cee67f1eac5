import Dexie from 'dexie'
import type { AuditEntry } from '@shared/domain'
import { currentActor } from '../audit'
import { nowIso, type RepoContext } from '../context'

export interface AuditQuery {
  forumId?: string
  /** The action item and its progress updates. */
  actionItemId?: string
  limit?: number
}

/** Reading the audit log; the entries themselves are written by the trail (db/audit.ts). */
export function createAuditRepository(ctx: RepoContext) {
  const { db } = ctx
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
        at: nowIso(ctx),
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

import type { EntityTable } from 'dexie'
import {
  agreementSchema,
  auditEntrySchema,
  forumSchema,
  type Agreement,
  type AuditEntry,
  type Forum,
} from '@shared/domain'
import {
  changeAgreements,
  changedOrders,
  draftRevision,
  freezeAgreements,
  nextOrder,
  renumber,
} from '@shared/live'
import { nowIso, type RepoContext } from '../context'
import { validate, ValidationError } from '../validation'
import { currentActor } from '../audit'
import { putValid, requireRecord, requireReorder } from '../records'

/** The tables a change to agreements or action items writes together, in one transaction. */
export function agreementTables(ctx: RepoContext) {
  const { db } = ctx
  return [db.forums, db.agreements, db.actionItems, db.audit, db.issues]
}

function requireForum(ctx: RepoContext, forumId: string): Promise<Forum> {
  return requireRecord(ctx.db.forums, forumId, 'forum')
}

async function audit(
  ctx: RepoContext,
  forumId: string,
  action: AuditEntry['action'],
  summary: string,
): Promise<void> {
  const at = nowIso(ctx)
  await ctx.db.audit.add(
    validate(auditEntrySchema, 'audit', {
      id: ctx.newId(),
      at,
      actor: currentActor(ctx.db),
      entity: 'agreements',
      entityId: forumId,
      forumId,
      action,
      summary,
    }),
  )
}

/**
 * Call inside a transaction over agreementTables() before changing an agreement or an action item:
 * after mufakat the change opens the next revision, recorded with who and when. Returns the
 * revision the changed text now belongs to.
 */
export async function touchAgreements(ctx: RepoContext, forumId: string): Promise<number> {
  const forum = await requireForum(ctx, forumId)
  const outcome = changeAgreements(forum)
  if (outcome.openedRevision !== null) {
    await ctx.db.forums.put(
      validate(forumSchema, 'forum', { ...forum, ...outcome.state, updatedAt: nowIso(ctx) }),
    )
    await audit(ctx, forumId, 'update', `revision:${outcome.openedRevision}`)
  }
  return draftRevision(outcome.state)
}

/**
 * A new order for a forum's agreements or its action items, in one transaction over
 * agreementTables(): refused when the ids are not the list's; otherwise the change opens the next
 * revision after mufakat, and only the records whose number moved are written.
 */
export function reorderUnderRevision<T extends { id: string; order: number; updatedAt: string }>(
  ctx: RepoContext,
  table: EntityTable<T, 'id'>,
  entity: string,
  listByForum: (forumId: string) => Promise<T[]>,
) {
  return (forumId: string, orderedIds: readonly string[]): Promise<void> =>
    ctx.db.transaction('rw', agreementTables(ctx), async () => {
      const current = await listByForum(forumId)
      const sequence = requireReorder(current, orderedIds, entity)
      await touchAgreements(ctx, forumId)
      const at = nowIso(ctx)
      for (const record of changedOrders(current, sequence)) {
        await table.put({ ...record, updatedAt: at })
      }
    })
}

export interface RevisionEvent {
  at: string
  actor: string
  kind: 'opened' | 'frozen'
  revision: number
}

export function createAgreementsRepository(ctx: RepoContext) {
  const { db } = ctx

  async function listByForum(forumId: string): Promise<Agreement[]> {
    return db.agreements
      .where('[forumId+order]')
      .between([forumId, -Infinity], [forumId, Infinity])
      .toArray()
  }

  function require(id: string): Promise<Agreement> {
    return requireRecord(db.agreements, id, 'agreement')
  }

  return {
    listByForum,

    async add(forumId: string, text: string, issueIds: string[] = []): Promise<Agreement> {
      return db.transaction('rw', agreementTables(ctx), async () => {
        const revision = await touchAgreements(ctx, forumId)
        const existing = await listByForum(forumId)
        const at = nowIso(ctx)
        const agreement = validate(agreementSchema, 'agreement', {
          id: ctx.newId(),
          forumId,
          order: nextOrder(existing),
          text,
          issueIds,
          revision,
          createdAt: at,
          updatedAt: at,
        })
        await db.agreements.add(agreement)
        return agreement
      })
    },

    async update(id: string, patch: Partial<Pick<Agreement, 'text' | 'issueIds'>>) {
      return db.transaction('rw', agreementTables(ctx), async () => {
        const current = await require(id)
        const unchanged =
          (patch.text === undefined || patch.text === current.text) &&
          (patch.issueIds === undefined || patch.issueIds.join() === current.issueIds.join())
        if (unchanged) return current
        const agreement = await putValid(db.agreements, agreementSchema, 'agreement', {
          ...current,
          ...patch,
          revision: await touchAgreements(ctx, current.forumId),
          updatedAt: nowIso(ctx),
        })
        return agreement
      })
    },

    reorder: reorderUnderRevision(ctx, db.agreements, 'agreement', listByForum),

    /** Its action items stay, no longer under an agreement, so no plan is lost with it. */
    async remove(id: string): Promise<void> {
      await db.transaction('rw', agreementTables(ctx), async () => {
        const agreement = await require(id)
        await touchAgreements(ctx, agreement.forumId)
        const at = nowIso(ctx)
        const items = await db.actionItems.where('agreementId').equals(id).toArray()
        for (const item of items)
          await db.actionItems.put({ ...item, agreementId: null, updatedAt: at })
        await db.agreements.delete(id)
        const rest = await listByForum(agreement.forumId)
        for (const a of changedOrders(rest, renumber(rest))) {
          await db.agreements.put({ ...a, updatedAt: at })
        }
      })
    },

    /** Mufakat: the room confirmed; the agreements are frozen for signing. */
    async freeze(forumId: string): Promise<Forum> {
      return db.transaction('rw', agreementTables(ctx), async () => {
        const forum = await requireForum(ctx, forumId)
        if (forum.agreementsFrozenAt !== null) return forum
        const agreements = await listByForum(forumId)
        if (agreements.length === 0) {
          throw new ValidationError('agreement', [{ path: 'agreements', code: 'required' }])
        }
        const at = nowIso(ctx)
        const state = freezeAgreements(forum, at)
        const frozen = await putValid(db.forums, forumSchema, 'forum', {
          ...forum,
          ...state,
          updatedAt: at,
        })
        for (const a of agreements) {
          await db.agreements.put({ ...a, revision: state.agreementsRevision, updatedAt: at })
        }
        await audit(ctx, forumId, 'finalise', `revision:${state.agreementsRevision}`)
        return frozen
      })
    },

    /** Who froze and who reopened the agreements, and when: newest first. */
    async revisionLog(forumId: string): Promise<RevisionEvent[]> {
      const entries = await db.audit
        .where('[forumId+at]')
        .between([forumId, ''], [forumId, '\uffff'])
        .reverse()
        .toArray()
      return entries
        .filter((e) => e.entity === 'agreements' && /^revision:\d+$/.test(e.summary))
        .map((e) => ({
          at: e.at,
          actor: e.actor,
          kind: e.action === 'finalise' ? ('frozen' as const) : ('opened' as const),
          revision: Number(e.summary.slice('revision:'.length)),
        }))
    },
  }
}

export type AgreementsRepository = ReturnType<typeof createAgreementsRepository>

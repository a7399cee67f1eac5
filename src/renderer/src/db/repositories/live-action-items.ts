import { actionItemSchema, type ActionItem, type Priority } from '@shared/domain'
import { checkDeadline, nextOrder } from '@shared/live'
import { nowIso, type RepoContext } from '../context'
import { validate, ValidationError } from '../validation'
import { agreementTables, reorderUnderRevision, touchAgreements } from './agreements'
import { putValid, requireRecord } from '../records'

export type LiveActionItemPatch = Partial<
  Pick<
    ActionItem,
    | 'agreementId'
    | 'plan'
    | 'target'
    | 'responsibleUnit'
    | 'responsiblePerson'
    | 'involvedParties'
    | 'priority'
    | 'issueIds'
  >
>

export interface LiveActionItemInput extends LiveActionItemPatch {
  plan: string
}

/**
 * Action items as drafted in the live room: create, edit, reorder, delete. Progress and status
 * updates belong to the follow-up screens. Every change after mufakat opens a new revision.
 */
export function createLiveActionItemsRepository(ctx: RepoContext) {
  const { db } = ctx

  function require(id: string): Promise<ActionItem> {
    return requireRecord(db.actionItems, id, 'actionItem')
  }

  async function listByForum(forumId: string): Promise<ActionItem[]> {
    return db.actionItems
      .where('[forumId+order]')
      .between([forumId, -Infinity], [forumId, Infinity])
      .toArray()
  }

  async function put(current: ActionItem, patch: Partial<ActionItem>): Promise<ActionItem> {
    const item = await putValid(db.actionItems, actionItemSchema, 'actionItem', {
      ...current,
      ...patch,
      updatedAt: nowIso(ctx),
    })
    return item
  }

  async function create(forumId: string, input: LiveActionItemInput): Promise<ActionItem> {
    const existing = await listByForum(forumId)
    await touchAgreements(ctx, forumId)
    const at = nowIso(ctx)
    const item = validate(actionItemSchema, 'actionItem', {
      id: ctx.newId(),
      forumId,
      agreementId: null,
      order: nextOrder(existing),
      target: '',
      responsibleUnit: '',
      responsiblePerson: '',
      involvedParties: [],
      deadline: null,
      deadlineLabel: '',
      priority: 'sedang' satisfies Priority,
      issueIds: [],
      status: 'belum_dimulai',
      statusReason: '',
      progress: 0,
      realisasi: '',
      completedDate: null,
      ...input,
      createdAt: at,
      updatedAt: at,
    })
    await db.actionItems.add(item)
    return item
  }

  return {
    listByForum,

    async create(forumId: string, input: LiveActionItemInput): Promise<ActionItem> {
      // The scope must be an async function: Dexie follows native awaits only inside one, and
      // otherwise rejects with PrematureCommitError after the item was already written.
      return db.transaction('rw', agreementTables(ctx), async () => create(forumId, input))
    },

    /** One step from an issue raised to a drafted action item; the issue is marked for follow-up. */
    async fromIssue(issueId: string, agreementId: string | null): Promise<ActionItem> {
      return db.transaction('rw', agreementTables(ctx), async () => {
        const issue = await requireRecord(db.issues, issueId, 'issue')
        const item = await create(issue.forumId, {
          agreementId,
          plan: issue.text,
          responsibleUnit: issue.unit,
          issueIds: [issue.id],
        })
        await db.issues.put({ ...issue, triage: 'ditindaklanjuti', updatedAt: nowIso(ctx) })
        return item
      })
    },

    async update(id: string, patch: LiveActionItemPatch): Promise<ActionItem> {
      return db.transaction('rw', agreementTables(ctx), async () => {
        const current = await require(id)
        const changed = Object.entries(patch).some(
          ([key, value]) =>
            JSON.stringify(value) !== JSON.stringify(current[key as keyof ActionItem]),
        )
        if (!changed) return current
        await touchAgreements(ctx, current.forumId)
        return put(current, patch)
      })
    },

    /**
     * A batas waktu as typed: a date or a period ("Triwulan III 2026" → 30 September 2026). A text
     * that is not a date, or a date before the forum, is refused and nothing is written.
     */
    async setDeadline(id: string, text: string): Promise<ActionItem> {
      return db.transaction('rw', agreementTables(ctx), async () => {
        const current = await require(id)
        const forum = await requireRecord(db.forums, current.forumId, 'forum')
        const checked = checkDeadline(text, forum.startDate)
        if (!checked.ok) {
          throw new ValidationError('actionItem', [{ path: 'deadline', code: checked.reason }])
        }
        if (
          checked.deadline === current.deadline &&
          checked.deadlineLabel === current.deadlineLabel
        ) {
          return current
        }
        await touchAgreements(ctx, current.forumId)
        return put(current, { deadline: checked.deadline, deadlineLabel: checked.deadlineLabel })
      })
    },

    reorder: reorderUnderRevision(ctx, db.actionItems, 'actionItem', listByForum),

    async remove(id: string): Promise<void> {
      await db.transaction('rw', agreementTables(ctx), async () => {
        const current = await require(id)
        await touchAgreements(ctx, current.forumId)
        await db.actionItems.delete(id)
      })
    },
  }
}

export type LiveActionItemsRepository = ReturnType<typeof createLiveActionItemsRepository>

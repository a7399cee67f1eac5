import {
  actionItemSchema,
  attachmentSchema,
  progressUpdateSchema,
  type ActionItem,
  type ActionStatus,
  type Attachment,
  type ProgressUpdate,
} from '@shared/domain'
import { todayIso } from '@shared/format/dates'
import { checkProgressInput, type EvidenceFile } from '@shared/follow-up/progress-input'
import { ORGANISATION_PROFILE_ID } from '@shared/domain'
import { nowIso, type RepoContext } from '../context'
import { validate, ValidationError } from '../validation'
import { organisationTimeZone } from '@shared/rules/time-zone'
import { requireRecord } from '../records'

export interface ProgressUpdateInput {
  actionItemId: string
  date: string
  progress: number
  status: ActionStatus
  realisasi: string
  reason: string
  author: string
  evidence: EvidenceFile[]
}

export interface ProgressEntry {
  update: ProgressUpdate
  attachments: Attachment[]
}

export function createProgressRepository(ctx: RepoContext) {
  const { db } = ctx

  async function today(): Promise<string> {
    const profile = await db.organisation.get(ORGANISATION_PROFILE_ID)
    return todayIso(ctx.clock(), organisationTimeZone(profile, ctx.clock()))
  }

  return {
    /** The monitoring log of one item, newest first, each update with its evidence files. */
    async listForItem(actionItemId: string): Promise<ProgressEntry[]> {
      return db.transaction('r', db.progressUpdates, db.attachments, async () => {
        const updates = await db.progressUpdates
          .where('[actionItemId+date]')
          .between([actionItemId, ''], [actionItemId, '\uffff'])
          .reverse()
          .toArray()
        const files = await db.attachments
          .where('[ownerType+ownerId]')
          .anyOf(updates.map((u) => ['progress', u.id]))
          .toArray()
        return updates.map((update) => ({
          update,
          attachments: files.filter((file) => file.ownerId === update.id),
        }))
      })
    },

    /** Every update of the given items with its files' names and dates (not their bytes). */
    async evidenceForItems(actionItemIds: readonly string[]) {
      const updates = await db.progressUpdates
        .where('actionItemId')
        .anyOf([...actionItemIds])
        .toArray()
      const files = await db.attachments
        .where('[ownerType+ownerId]')
        .anyOf(updates.map((u) => ['progress', u.id]))
        .toArray()
      return { updates, files }
    },

    /**
     * Records a progress update: the update, its evidence files and the item's new status,
     * progress, realisasi and completion date, in one transaction. Bad input writes nothing and
     * names each field.
     */
    async add(input: ProgressUpdateInput): Promise<{ update: ProgressUpdate; item: ActionItem }> {
      const check = checkProgressInput(input, await today())
      if (!check.ok) throw new ValidationError('progressUpdate', check.problems)
      const at = nowIso(ctx)
      const updateId = ctx.newId()

      return db.transaction(
        'rw',
        [db.actionItems, db.progressUpdates, db.attachments],
        async () => {
          const current = await requireRecord(db.actionItems, input.actionItemId, 'actionItem')
          const attachments = check.evidence.map((file) =>
            validate(attachmentSchema, 'attachment', {
              id: ctx.newId(),
              ownerType: 'progress',
              ownerId: updateId,
              forumId: current.forumId,
              name: file.name,
              mime: file.mime,
              size: file.bytes.byteLength,
              bytes: file.bytes,
              takenOn: input.date,
              caption: '',
              createdAt: at,
              updatedAt: at,
            }),
          )
          const update = validate(progressUpdateSchema, 'progressUpdate', {
            id: updateId,
            actionItemId: current.id,
            forumId: current.forumId,
            date: input.date,
            progress: check.progress,
            realisasi: input.realisasi,
            status: input.status,
            reason: input.reason,
            attachmentIds: attachments.map((a) => a.id),
            author: input.author,
            createdAt: at,
            updatedAt: at,
          })
          const realisasi = input.realisasi.trim() || current.realisasi
          const item = validate(actionItemSchema, 'actionItem', {
            ...current,
            status: input.status,
            statusReason:
              input.status === 'tidak_dapat_dilaksanakan' ? input.reason : current.statusReason,
            progress: check.progress,
            realisasi,
            completedDate: input.status === 'selesai' ? input.date : null,
            updatedAt: at,
          })
          await db.attachments.bulkAdd(attachments)
          await db.progressUpdates.add(update)
          await db.actionItems.put(item)
          return { update, item }
        },
      )
    },
  }
}

export type ProgressRepository = ReturnType<typeof createProgressRepository>

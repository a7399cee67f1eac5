import type { Attachment } from '@shared/domain'
import type { RepoContext } from '../context'

export function createAttachmentsRepository(ctx: RepoContext) {
  const { db } = ctx
  return {
    async get(id: string): Promise<Attachment | undefined> {
      return db.attachments.get(id)
    },

    /** The files of several owners at once (e.g. every progress update of one action item). */
    async listForOwners(ownerType: Attachment['ownerType'], ownerIds: readonly string[]) {
      if (ownerIds.length === 0) return []
      return db.attachments
        .where('[ownerType+ownerId]')
        .anyOf(ownerIds.map((id) => [ownerType, id]))
        .toArray()
    },
  }
}

export type AttachmentsRepository = ReturnType<typeof createAttachmentsRepository>

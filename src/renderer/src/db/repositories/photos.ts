import { ATTACHMENT_MAX_BYTES, attachmentSchema, type Attachment } from '@shared/domain'
import { megabytesUp } from '@shared/bytes'
import { nowIso, type RepoContext } from '../context'
import { validate, ValidationError } from '../validation'
import { putValid, requireRecord } from '../records'

export interface PhotoInput {
  name: string
  mime: string
  bytes: Uint8Array<ArrayBuffer>
  takenOn: string | null
  caption: string
}

/** Dated photos of a forum (Foto Kegiatan): attachments owned by the forum. */
export function createPhotosRepository(ctx: RepoContext) {
  const { db } = ctx

  return {
    async listByForum(forumId: string): Promise<Attachment[]> {
      return db.attachments.where('[ownerType+ownerId]').equals(['forum_photo', forumId]).toArray()
    },

    async add(forumId: string, input: PhotoInput): Promise<Attachment> {
      if (!/^image\/(png|jpeg)$/.test(input.mime)) {
        throw new ValidationError('photo', [{ path: 'mime', code: 'image' }])
      }
      // Before the schema, whose bare number range would not say it is about megabytes.
      if (input.bytes.byteLength > ATTACHMENT_MAX_BYTES) {
        throw new ValidationError('photo', [
          {
            path: 'size',
            code: 'file_too_big',
            params: {
              actual: megabytesUp(input.bytes.byteLength),
              max: megabytesUp(ATTACHMENT_MAX_BYTES),
            },
          },
        ])
      }
      const at = nowIso(ctx)
      const photo = validate(attachmentSchema, 'photo', {
        id: ctx.newId(),
        ownerType: 'forum_photo',
        ownerId: forumId,
        forumId,
        name: input.name,
        mime: input.mime,
        size: input.bytes.byteLength,
        bytes: input.bytes,
        takenOn: input.takenOn,
        caption: input.caption,
        createdAt: at,
        updatedAt: at,
      })
      await db.attachments.add(photo)
      return photo
    },

    async update(id: string, patch: Pick<Attachment, 'takenOn' | 'caption'>): Promise<Attachment> {
      return db.transaction('rw', db.attachments, async () => {
        const current = await requireRecord(db.attachments, id, 'photo', {
          accept: (a) => a.ownerType === 'forum_photo',
        })
        const photo = await putValid(db.attachments, attachmentSchema, 'photo', {
          ...current,
          ...patch,
          updatedAt: nowIso(ctx),
        })
        return photo
      })
    },

    async remove(id: string): Promise<void> {
      await db.attachments.delete(id)
    },
  }
}

export type PhotosRepository = ReturnType<typeof createPhotosRepository>

import { signatorySchema, type Signatory } from '@shared/domain'
import { nextOrder } from '@shared/live'
import { nowIso, type RepoContext } from '../context'
import { validate } from '../validation'
import { putValid, requireRecord } from '../records'

export type SignatoryInput = Omit<Signatory, 'id' | 'forumId' | 'order' | 'createdAt' | 'updatedAt'>

/** Who signs a forum's documents, in the order the blocks are printed. */
export function createSignatoriesRepository(ctx: RepoContext) {
  const { db } = ctx

  function require(id: string): Promise<Signatory> {
    return requireRecord(db.signatories, id, 'signatory')
  }

  async function listByForum(forumId: string): Promise<Signatory[]> {
    return db.signatories
      .where('[forumId+order]')
      .between([forumId, -Infinity], [forumId, Infinity])
      .toArray()
  }

  return {
    listByForum,

    async add(forumId: string, input: SignatoryInput): Promise<Signatory> {
      return db.transaction('rw', db.signatories, async () => {
        const existing = await listByForum(forumId)
        const at = nowIso(ctx)
        const signatory = validate(signatorySchema, 'signatory', {
          ...input,
          id: ctx.newId(),
          forumId,
          order: nextOrder(existing),
          createdAt: at,
          updatedAt: at,
        })
        await db.signatories.add(signatory)
        return signatory
      })
    },

    async update(id: string, input: Partial<SignatoryInput>): Promise<Signatory> {
      return db.transaction('rw', db.signatories, async () => {
        const current = await require(id)
        const signatory = await putValid(db.signatories, signatorySchema, 'signatory', {
          ...current,
          ...input,
          updatedAt: nowIso(ctx),
        })
        return signatory
      })
    },

    /** A signature drawn on screen; signing on screen means the block is no longer a wet one. */
    async sign(id: string, signaturePng: string | null): Promise<Signatory> {
      return db.transaction('rw', db.signatories, async () => {
        const current = await require(id)
        const signatory = await putValid(db.signatories, signatorySchema, 'signatory', {
          ...current,
          signaturePng,
          wet: signaturePng === null ? current.wet : false,
          updatedAt: nowIso(ctx),
        })
        return signatory
      })
    },

    async remove(id: string): Promise<void> {
      await db.signatories.delete(id)
    },
  }
}

export type SignatoriesRepository = ReturnType<typeof createSignatoriesRepository>

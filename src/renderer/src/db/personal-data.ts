import type { Person } from '@shared/domain'
import type { RepoContext } from './context'
import { currentActor, privilegeCurrentTransaction } from './audit'
import { requireRecord } from './records'

/** What an erasure clears (UU 27/2022); the name stays, as signed on documents. */
export const ERASED_FIELDS = ['phone', 'email', 'address', 'nip'] as const
export type ErasedField = (typeof ERASED_FIELDS)[number]

export interface ErasePreview {
  person: Person
  changes: { field: ErasedField; before: string }[]
  /** Forums the person is on, and how many of those have a finalised (signed) document. */
  forums: number
  signedForums: number
}

export function createPersonalDataRepository(ctx: RepoContext) {
  const { db } = ctx

  function require(personId: string): Promise<Person> {
    return requireRecord(db.people, personId, 'person')
  }

  return {
    /** What an erasure would change, shown before anything is done. */
    async preview(personId: string): Promise<ErasePreview> {
      const person = await require(personId)
      const forumIds = [
        ...new Set(
          (await db.participants.where('personId').equals(personId).toArray()).map(
            (p) => p.forumId,
          ),
        ),
      ]
      const documents = await db.documents.where('forumId').anyOf(forumIds).toArray()
      return {
        person,
        changes: ERASED_FIELDS.filter((field) => person[field] !== '').map((field) => ({
          field,
          before: person[field],
        })),
        forums: forumIds.length,
        signedForums: new Set(documents.map((d) => d.forumId)).size,
      }
    },

    async erase(personId: string): Promise<Person> {
      return db.transaction('rw', [db.people, db.audit], async () => {
        privilegeCurrentTransaction(db)
        const person = await require(personId)
        const at = ctx.clock().toISOString()
        const erased: Person = {
          ...person,
          phone: '',
          email: '',
          address: '',
          nip: '',
          erasedAt: at,
          updatedAt: at,
        }
        await db.people.put(erased)
        await db.audit.add({
          id: ctx.newId(),
          at,
          actor: currentActor(db),
          entity: 'people',
          entityId: personId,
          forumId: null,
          action: 'erase',
          summary: ERASED_FIELDS.join(', '),
        })
        return erased
      })
    },
  }
}

export type PersonalDataRepository = ReturnType<typeof createPersonalDataRepository>

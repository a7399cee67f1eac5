import {
  personFieldsSchema,
  personSchema,
  type Person,
  type PersonFields,
  type PersonFieldsInput,
} from '@shared/domain'
import { normalizeForSearch } from '@shared/format/names'
import { queryTokens } from '@shared/participants/search'
import { nowIso, type RepoContext } from '../context'
import { validate, ValidationError } from '../validation'
import { putValid, requireRecord } from '../records'

export interface PeopleQuery {
  query?: string
  limit?: number
}

/** A new person record from validated fields; consent gets its time when it is given. */
export function buildPerson(ctx: RepoContext, fields: PersonFields, at = nowIso(ctx)): Person {
  return validate(personSchema, 'person', {
    ...fields,
    consentAt: fields.consent ? (fields.consentAt ?? at) : null,
    id: ctx.newId(),
    searchName: normalizeForSearch(fields.name),
    mergedInto: null,
    erasedAt: null,
    createdAt: at,
    updatedAt: at,
  })
}

// Fields a merge copies from the other record when the kept one leaves them empty.
const FILLABLE: (keyof PersonFields)[] = [
  'subCategory',
  'institution',
  'position',
  'phone',
  'email',
  'address',
  'nip',
]

export function createPeopleRepository(ctx: RepoContext) {
  const { db } = ctx

  function require(id: string): Promise<Person> {
    return requireRecord(db.people, id, 'person')
  }

  return {
    get: (id: string) => db.people.get(id),
    require,

    /** The registry without merged records, matching every word of the query in the name. */
    async list({ query = '', limit = 200 }: PeopleQuery = {}): Promise<Person[]> {
      const tokens = queryTokens(query)
      return db.people
        .orderBy('searchName')
        .filter(
          (p) => p.mergedInto === null && tokens.every((token) => p.searchName.includes(token)),
        )
        .limit(limit)
        .toArray()
    },

    /** People whose search key is one of `keys`, through the index: the import's registry check. */
    async findBySearchNames(keys: string[]): Promise<Person[]> {
      const unique = [...new Set(keys.filter(Boolean))]
      if (unique.length === 0) return []
      const found = await db.people.where('searchName').anyOf(unique).toArray()
      return found.filter((p) => p.mergedInto === null)
    },

    async count(): Promise<number> {
      return db.people.filter((p) => p.mergedInto === null).count()
    },

    async create(input: PersonFieldsInput): Promise<Person> {
      const person = buildPerson(ctx, validate(personFieldsSchema, 'person', input))
      await db.people.add(person)
      return person
    },

    /** Saves the fields and keeps the forums' search keys in step with the name. */
    async update(id: string, input: PersonFieldsInput): Promise<Person> {
      const fields = validate(personFieldsSchema, 'person', input)
      return db.transaction('rw', db.people, db.participants, async () => {
        const current = await require(id)
        const at = nowIso(ctx)
        const searchName = normalizeForSearch(fields.name)
        const person = await putValid(db.people, personSchema, 'person', {
          ...current,
          ...fields,
          consentAt: fields.consent ? (current.consentAt ?? at) : null,
          searchName,
          updatedAt: at,
        })
        if (searchName !== current.searchName) {
          await db.participants.where('personId').equals(id).modify({ searchName, updatedAt: at })
        }
        return person
      })
    },

    /**
     * Merges `otherId` into `keepId` in one transaction. Every participation and attendance (with
     * its signature) moves to the kept person; where both were on the same forum's list, the other
     * list entry's attendance moves to the kept entry and the entry goes. The other record stays,
     * marked `mergedInto`, so old references still resolve. Empty fields of the kept record are
     * filled from the other.
     */
    async merge(keepId: string, otherId: string): Promise<Person> {
      if (keepId === otherId) {
        throw new ValidationError('person', [{ path: 'id', code: 'merge_same' }])
      }
      return db.transaction('rw', db.people, db.participants, db.attendance, async () => {
        const keep = await require(keepId)
        const other = await require(otherId)
        if (keep.mergedInto || other.mergedInto) {
          throw new ValidationError('person', [{ path: 'mergedInto', code: 'already_merged' }])
        }
        const at = nowIso(ctx)
        const filled: Person = { ...keep, updatedAt: at }
        for (const field of FILLABLE) {
          if (!filled[field] && other[field]) Object.assign(filled, { [field]: other[field] })
        }
        filled.disability = keep.disability || other.disability
        await db.people.put(validate(personSchema, 'person', filled))

        const keptEntries = await db.participants.where('personId').equals(keepId).toArray()
        const keptByForum = new Map(keptEntries.map((p) => [p.forumId, p.id]))
        const otherEntries = await db.participants.where('personId').equals(otherId).toArray()
        for (const entry of otherEntries) {
          const keptEntryId = keptByForum.get(entry.forumId)
          if (keptEntryId) {
            await db.attendance
              .where('participantId')
              .equals(entry.id)
              .modify({ participantId: keptEntryId, personId: keepId, updatedAt: at })
            await db.participants.delete(entry.id)
          } else {
            await db.participants.put({
              ...entry,
              personId: keepId,
              searchName: keep.searchName,
              updatedAt: at,
            })
            keptByForum.set(entry.forumId, entry.id)
          }
        }
        await db.attendance
          .where('personId')
          .equals(otherId)
          .modify({ personId: keepId, updatedAt: at })
        await db.people.put({ ...other, mergedInto: keepId, updatedAt: at })
        return filled
      })
    },
  }
}

export type PeopleRepository = ReturnType<typeof createPeopleRepository>

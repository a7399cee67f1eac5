import {
  participantSchema,
  personFieldsSchema,
  type Participant,
  type ParticipantRole,
  type Person,
  type PersonFields,
  type PersonFieldsInput,
} from '@shared/domain'
import { nowIso, type RepoContext } from '../context'
import { validate, ValidationError, type FieldProblem } from '../validation'
import { buildPerson } from './people'
import { requireRecord } from '../records'

/** A list entry with the person it names (merged records resolved to the kept one). */
export interface ParticipantEntry {
  participant: Participant
  person: Person
}

export interface ImportRowInput {
  /** The sheet row, so a problem found at write time still names it. */
  row: number
  person: PersonFieldsInput
  /** A registry match the preview found: that person is put on the list instead of a new one. */
  existingPersonId: string | null
}

export interface ImportOptions {
  /** 0–1, called while rows are checked and once more when the write is done. */
  onProgress?: (done: number) => void
  /** Aborting before the write starts imports nothing. */
  signal?: AbortSignal
}

export interface ImportResult {
  created: number
  linked: number
  /** Registry matches already on the list by the time of the write: left out, not added twice. */
  alreadyListed: number
}

export interface AddManyResult {
  added: Participant[]
  /** People who were on the list already, left as they were. */
  alreadyListed: string[]
}

const CHECK_CHUNK = 250

function abortError(): DOMException {
  return new DOMException('Import cancelled', 'AbortError')
}

function yieldToUi(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

export function createParticipantsRepository(ctx: RepoContext) {
  const { db } = ctx

  function newParticipant(
    forumId: string,
    person: Person,
    role: ParticipantRole,
    invited: boolean,
    at: string,
  ): Participant {
    return validate(participantSchema, 'participant', {
      id: ctx.newId(),
      forumId,
      personId: person.id,
      unsur: person.unsur,
      subCategory: person.subCategory,
      role,
      invited,
      searchName: person.searchName,
      createdAt: at,
      updatedAt: at,
    })
  }

  async function requireNotListed(forumId: string, personId: string): Promise<void> {
    const listed = await db.participants
      .where('[forumId+personId]')
      .equals([forumId, personId])
      .count()
    if (listed > 0) {
      throw new ValidationError('participant', [{ path: 'personId', code: 'already_listed' }])
    }
  }

  return {
    /** The forum's list with each person, in name order: what the desk and the list load once. */
    async listByForum(forumId: string): Promise<ParticipantEntry[]> {
      const participants = await db.participants
        .where('[forumId+searchName]')
        .between([forumId, ''], [forumId, '\uffff'])
        .toArray()
      const people = await db.people.bulkGet(participants.map((p) => p.personId))
      const entries: ParticipantEntry[] = []
      participants.forEach((participant, index) => {
        const person = people[index]
        if (person) entries.push({ participant, person })
      })
      return entries
    },

    async count(forumId: string): Promise<number> {
      return db.participants.where('forumId').equals(forumId).count()
    },

    async addExisting(forumId: string, personId: string, role: ParticipantRole = 'peserta') {
      return db.transaction('rw', db.people, db.participants, async () => {
        const person = await requireRecord(db.people, personId, 'participant', {
          path: 'personId',
          accept: (p) => !p.mergedInto,
        })
        await requireNotListed(forumId, personId)
        const participant = newParticipant(forumId, person, role, true, nowIso(ctx))
        await db.participants.add(participant)
        return participant
      })
    },

    /**
     * Puts many registry people on the list in one transaction: all of them or, when one record
     * is missing or merged away, none. People already on the list are skipped and named.
     */
    async addManyExisting(forumId: string, personIds: string[]): Promise<AddManyResult> {
      const unique = [...new Set(personIds)]
      return db.transaction('rw', db.people, db.participants, async () => {
        const found = await db.people.bulkGet(unique)
        if (found.some((person) => !person || person.mergedInto)) {
          throw new ValidationError('participant', [{ path: 'personId', code: 'not_found' }])
        }
        const listed = new Set(
          (await db.participants.where('forumId').equals(forumId).toArray()).map((p) => p.personId),
        )
        const at = nowIso(ctx)
        const added: Participant[] = []
        const alreadyListed: string[] = []
        for (const person of found) {
          if (!person) continue
          if (listed.has(person.id)) alreadyListed.push(person.id)
          else added.push(newParticipant(forumId, person, 'peserta', true, at))
        }
        await db.participants.bulkAdd(added)
        return { added, alreadyListed }
      })
    },

    /** A new person in the registry and on the list, together or not at all. */
    async addNew(forumId: string, input: PersonFieldsInput, role: ParticipantRole = 'peserta') {
      const fields = validate(personFieldsSchema, 'person', input)
      return db.transaction('rw', db.people, db.participants, async () => {
        const at = nowIso(ctx)
        const person = buildPerson(ctx, fields, at)
        const participant = newParticipant(forumId, person, role, true, at)
        await db.people.add(person)
        await db.participants.add(participant)
        return { person, participant }
      })
    },

    /** Takes someone off the list; refused once they signed a daftar hadir. */
    async remove(participantId: string): Promise<void> {
      await db.transaction('rw', db.participants, db.attendance, async () => {
        const signed = await db.attendance.where('participantId').equals(participantId).count()
        if (signed > 0) {
          throw new ValidationError('participant', [{ path: 'id', code: 'has_attendance' }])
        }
        await db.participants.delete(participantId)
      })
    },

    /**
     * Imports the rows the user kept. Every row is checked first, in chunks that report progress
     * and let the user cancel; only then are people and list entries written, in one transaction.
     * A problem in any row, or a cancel before the write, leaves the database untouched.
     */
    async importRows(
      forumId: string,
      rows: ImportRowInput[],
      options: ImportOptions = {},
    ): Promise<ImportResult> {
      const { onProgress, signal } = options
      const checked: {
        row: number
        fields: PersonFields | null
        existingPersonId: string | null
      }[] = []
      const problems: FieldProblem[] = []
      for (let start = 0; start < rows.length; start += CHECK_CHUNK) {
        if (signal?.aborted) throw abortError()
        for (const input of rows.slice(start, start + CHECK_CHUNK)) {
          if (input.existingPersonId) {
            checked.push({ row: input.row, fields: null, existingPersonId: input.existingPersonId })
            continue
          }
          const result = personFieldsSchema.safeParse(input.person)
          if (result.success) {
            checked.push({ row: input.row, fields: result.data, existingPersonId: null })
          } else {
            for (const issue of result.error.issues) {
              problems.push({ path: `${input.row}.${issue.path.join('.')}`, code: issue.message })
            }
          }
        }
        onProgress?.((Math.min(rows.length, start + CHECK_CHUNK) / Math.max(rows.length, 1)) * 0.9)
        await yieldToUi()
      }
      if (problems.length > 0) throw new ValidationError('import', problems)
      if (signal?.aborted) throw abortError()

      const result = await db.transaction('rw', db.people, db.participants, async () => {
        const at = nowIso(ctx)
        const listed = new Set(
          (await db.participants.where('forumId').equals(forumId).toArray()).map((p) => p.personId),
        )
        const linkedIds = checked.flatMap((c) => (c.existingPersonId ? [c.existingPersonId] : []))
        const linkedPeople = await db.people.bulkGet(linkedIds)
        const newPeople: Person[] = []
        const participants: Participant[] = []
        let linked = 0
        let alreadyListed = 0
        for (const person of linkedPeople) {
          if (!person || person.mergedInto) continue
          if (listed.has(person.id)) {
            alreadyListed += 1
            continue
          }
          listed.add(person.id)
          participants.push(newParticipant(forumId, person, 'peserta', true, at))
          linked += 1
        }
        for (const entry of checked) {
          if (!entry.fields) continue
          const person = buildPerson(ctx, entry.fields, at)
          newPeople.push(person)
          participants.push(newParticipant(forumId, person, 'peserta', true, at))
        }
        await db.people.bulkAdd(newPeople)
        await db.participants.bulkAdd(participants)
        return { created: newPeople.length, linked, alreadyListed }
      })
      onProgress?.(1)
      return result
    },
  }
}

export type ParticipantsRepository = ReturnType<typeof createParticipantsRepository>

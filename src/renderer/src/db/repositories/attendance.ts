import {
  attendanceSchema,
  personFieldsSchema,
  pngDataUrlSchema,
  type Attendance,
  type PersonFieldsInput,
} from '@shared/domain'
import { invitedNotPresent } from '@shared/documents'
import { currentActor, privilegeCurrentTransaction } from '../audit'
import { nowIso, type RepoContext } from '../context'
import { validate, ValidationError } from '../validation'
import { buildPerson } from './people'
import { requireRecord } from '../records'

export interface CheckInInput {
  forumId: string
  dayId: string
  participantId: string
  signaturePng?: string | null
}

export function createAttendanceRepository(ctx: RepoContext) {
  const { db } = ctx

  function signature(png: string | null | undefined): string | null {
    return png ? validate(pngDataUrlSchema, 'attendance', png) : null
  }

  return {
    /** One day's daftar hadir, in check-in order. */
    async listByDay(forumId: string, dayId: string): Promise<Attendance[]> {
      const rows = await db.attendance.where('[forumId+dayId]').equals([forumId, dayId]).toArray()
      return rows.sort((a, b) => a.checkedInAt.localeCompare(b.checkedInAt))
    },

    async listByForum(forumId: string): Promise<Attendance[]> {
      return db.attendance.where('forumId').equals(forumId).toArray()
    },

    /** Signs someone in for a day; a second check-in the same day is refused. */
    async checkIn(input: CheckInInput): Promise<Attendance> {
      const png = signature(input.signaturePng)
      return db.transaction('rw', db.participants, db.attendance, async () => {
        const participant = await requireRecord(
          db.participants,
          input.participantId,
          'attendance',
          {
            path: 'participantId',
            accept: (p) => p.forumId === input.forumId,
          },
        )
        const already = await db.attendance
          .where('[dayId+participantId]')
          .equals([input.dayId, input.participantId])
          .count()
        if (already > 0) {
          throw new ValidationError('attendance', [
            { path: 'participantId', code: 'already_checked_in' },
          ])
        }
        const at = nowIso(ctx)
        const attendance = validate(attendanceSchema, 'attendance', {
          id: ctx.newId(),
          forumId: input.forumId,
          dayId: input.dayId,
          participantId: participant.id,
          personId: participant.personId,
          checkedInAt: at,
          signaturePng: png,
          walkIn: !participant.invited,
          createdAt: at,
          updatedAt: at,
        })
        await db.attendance.add(attendance)
        return attendance
      })
    },

    /** Someone not on the list: registry, list and daftar hadir in one transaction. */
    async walkIn(
      forumId: string,
      dayId: string,
      input: PersonFieldsInput,
      signaturePng: string | null = null,
    ): Promise<Attendance> {
      const fields = validate(personFieldsSchema, 'person', input)
      const png = signature(signaturePng)
      return db.transaction('rw', db.people, db.participants, db.attendance, async () => {
        const at = nowIso(ctx)
        const person = buildPerson(ctx, fields, at)
        const participantId = ctx.newId()
        const attendance = validate(attendanceSchema, 'attendance', {
          id: ctx.newId(),
          forumId,
          dayId,
          participantId,
          personId: person.id,
          checkedInAt: at,
          signaturePng: png,
          walkIn: true,
          createdAt: at,
          updatedAt: at,
        })
        await db.people.add(person)
        await db.participants.add({
          id: participantId,
          forumId,
          personId: person.id,
          unsur: person.unsur,
          subCategory: person.subCategory,
          role: 'peserta',
          invited: false,
          searchName: person.searchName,
          createdAt: at,
          updatedAt: at,
        })
        await db.attendance.add(attendance)
        return attendance
      })
    },

    async setSignature(id: string, png: string | null): Promise<void> {
      const signaturePng = signature(png)
      await db.transaction('rw', db.attendance, async () => {
        const current = await requireRecord(db.attendance, id, 'attendance')
        await db.attendance.put({ ...current, signaturePng, updatedAt: nowIso(ctx) })
      })
    },

    /**
     * "Ditandatangani di kertas": the day's printed Daftar Hadir came back signed, so every invited
     * participant not yet signed in that day is marked present, with a wet signature (no image),
     * in one transaction with one audit entry. They are noted a millisecond apart in the printed
     * sheet's order, so the finalised Daftar Hadir numbers them as the paper does.
     */
    async signOnPaper(forumId: string, dayId: string): Promise<number> {
      return db.transaction(
        'rw',
        [db.forums, db.participants, db.attendance, db.audit],
        async () => {
          privilegeCurrentTransaction(db)
          const forum = await requireRecord(db.forums, forumId, 'attendance', { path: 'forumId' })
          if (!forum.days.some((d) => d.id === dayId)) {
            throw new ValidationError('attendance', [{ path: 'dayId', code: 'not_found' }])
          }
          const participants = await db.participants.where('forumId').equals(forumId).toArray()
          const attendance = await db.attendance
            .where('[forumId+dayId]')
            .equals([forumId, dayId])
            .toArray()
          const absent = invitedNotPresent(participants, attendance, dayId)
          if (absent.length === 0) return 0
          const now = ctx.clock().getTime()
          const at = nowIso(ctx)
          await db.attendance.bulkAdd(
            absent.map((participant, index) =>
              validate(attendanceSchema, 'attendance', {
                id: ctx.newId(),
                forumId,
                dayId,
                participantId: participant.id,
                personId: participant.personId,
                checkedInAt: new Date(now + index).toISOString(),
                signaturePng: null,
                walkIn: false,
                createdAt: at,
                updatedAt: at,
              }),
            ),
          )
          await db.audit.add({
            id: ctx.newId(),
            at,
            actor: currentActor(db),
            entity: 'attendance',
            entityId: dayId,
            forumId,
            action: 'create',
            summary: `signed_on_paper:${absent.length}`,
          })
          return absent.length
        },
      )
    },

    /** Undoes a check-in made by mistake. */
    async undo(id: string): Promise<void> {
      await db.attendance.delete(id)
    },
  }
}

export type AttendanceRepository = ReturnType<typeof createAttendanceRepository>

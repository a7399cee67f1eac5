import type { Attendance, Participant } from '../domain/people'
import type { DocumentContext } from './context'
import { UNSUR_ORDER } from './labels'
import type { DocumentModel } from './model'
import { daftarHadirBlocks } from './sections'

// The Daftar Hadir printed before the forum, for wet signatures: the invitation list in the order
// secretariats print it, every signature cell empty, the usual blank rows for walk-ins.

/** Invited participants by unsur (in the daftar hadir's order), then by name without titles. */
export function invitedInPrintOrder(participants: readonly Participant[]): Participant[] {
  const rank = (p: Participant) => UNSUR_ORDER.indexOf(p.unsur)
  return participants
    .filter((p) => p.invited)
    .sort((a, b) => rank(a) - rank(b) || a.searchName.localeCompare(b.searchName, 'id'))
}

/** Those invited who have not signed in on this day yet, in print order. */
export function invitedNotPresent(
  participants: readonly Participant[],
  attendance: readonly Pick<Attendance, 'dayId' | 'participantId'>[],
  dayId: string,
): Participant[] {
  const present = new Set(attendance.filter((a) => a.dayId === dayId).map((a) => a.participantId))
  return invitedInPrintOrder(participants).filter((p) => !present.has(p.id))
}

/** Far before any forum: only the order of these made-up check-ins matters. */
const PRINT_ORDER_EPOCH = Date.UTC(2000, 0, 1)

export function blankDaftarHadir(ctx: DocumentContext, dayIndex: number): DocumentModel {
  const day = ctx.forum.days[dayIndex]
  if (!day) throw new RangeError(`blankDaftarHadir: no day ${dayIndex + 1}`)
  // The daftar hadir lists who checked in, by time of arrival: a blank one is that list with every
  // invitee arriving in print order and nobody signed yet.
  const attendance: Attendance[] = invitedInPrintOrder(ctx.participants).map((p, index) => {
    const at = new Date(PRINT_ORDER_EPOCH + index * 1000).toISOString()
    return {
      id: p.id,
      forumId: p.forumId,
      dayId: day.id,
      participantId: p.id,
      personId: p.personId,
      checkedInAt: at,
      signaturePng: null,
      walkIn: false,
      createdAt: at,
      updatedAt: at,
    }
  })
  const blank: DocumentContext = {
    ...ctx,
    attendance,
    // The sheet goes round the room: nobody's phone number is printed for the others to read
    // (UU 27/2022); the column stays for those who want to write theirs.
    people: ctx.people.map((person) => ({ ...person, phone: '' })),
    // The head signs the printed sheet by hand too.
    signatories: ctx.signatories.map((s) => ({ ...s, signaturePng: null, wet: true })),
  }
  const suffix = ctx.forum.days.length > 1 ? ` Hari ${dayIndex + 1}` : ''
  return {
    kind: 'daftar_hadir',
    title: `Daftar Hadir Kosong${suffix}`,
    nomor: '',
    blocks: daftarHadirBlocks(blank, day),
  }
}

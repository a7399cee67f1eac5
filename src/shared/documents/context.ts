import type { DocumentKind, Unsur } from '../domain/enums'
import type { Forum, ForumDay } from '../domain/forum'
import type { ActionItem, AgendaItem, Agreement, Issue } from '../domain/live'
import type { OrganisationProfile } from '../domain/organisation'
import type { Attendance, Participant, Person } from '../domain/people'
import type { Attachment, Signatory } from '../domain/records'

/** Everything a forum's documents state, read from the records in one go. */
export interface DocumentContext {
  organisation: OrganisationProfile
  forum: Forum
  people: Person[]
  participants: Participant[]
  attendance: Attendance[]
  agendaItems: AgendaItem[]
  issues: Issue[]
  agreements: Agreement[]
  actionItems: ActionItem[]
  signatories: Signatory[]
  /** Attachments with ownerType 'forum_photo'. */
  photos: Attachment[]
  /** The nomor surat of each document that has one; a draft shows the next free number. */
  nomor: Partial<Record<DocumentKind, string>>
}

export interface Attendee {
  number: number
  participant: Participant
  person: Person
  attendance: Attendance
}

export function personIndex(ctx: DocumentContext): Map<string, Person> {
  return new Map(ctx.people.map((person) => [person.id, person]))
}

/** One day's daftar hadir: everyone who checked in, in order of arrival. */
export function attendeesOfDay(ctx: DocumentContext, day: ForumDay): Attendee[] {
  const people = personIndex(ctx)
  const participants = new Map(ctx.participants.map((p) => [p.id, p]))
  return ctx.attendance
    .filter((a) => a.dayId === day.id)
    .sort((a, b) => a.checkedInAt.localeCompare(b.checkedInAt))
    .flatMap((attendance) => {
      const participant = participants.get(attendance.participantId)
      const person = people.get(attendance.personId)
      return participant && person ? [{ participant, person, attendance }] : []
    })
    .map((entry, index) => ({ ...entry, number: index + 1 }))
}

/** Distinct participants present on at least one day. */
export function presentParticipants(ctx: DocumentContext): Participant[] {
  const present = new Set(ctx.attendance.map((a) => a.participantId))
  return ctx.participants.filter((p) => present.has(p.id))
}

export function countByUnsur(
  ctx: DocumentContext,
  participants = presentParticipants(ctx),
): Map<Unsur, { l: number; p: number }> {
  const people = personIndex(ctx)
  const counts = new Map<Unsur, { l: number; p: number }>()
  for (const participant of participants) {
    const entry = counts.get(participant.unsur) ?? { l: 0, p: 0 }
    if (people.get(participant.personId)?.gender === 'P') entry.p += 1
    else entry.l += 1
    counts.set(participant.unsur, entry)
  }
  return counts
}

export function sortedAgreements(ctx: DocumentContext): Agreement[] {
  return [...ctx.agreements].sort((a, b) => a.order - b.order)
}

export function sortedActionItems(ctx: DocumentContext): ActionItem[] {
  return [...ctx.actionItems].sort((a, b) => a.order - b.order)
}

export function signatoriesWithRole(ctx: DocumentContext, ...roles: Signatory['role'][]) {
  return ctx.signatories.filter((s) => roles.includes(s.role)).sort((a, b) => a.order - b.order)
}

/** The day the agreements were signed: the last forum day. */
export function signingDay(forum: Forum): ForumDay {
  const day = forum.days[forum.days.length - 1] ?? forum.days[0]
  if (!day) throw new RangeError('forum without days')
  return day
}

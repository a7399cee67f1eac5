import type { AgendaItem, Forum, ForumFieldsInput, Participant } from '../domain'
import { addDaysIso, diffDaysIso } from '../format/dates'

/** What the copy dialog asks: the new forum's own title and first day. */
export interface CopyChoice {
  title: string
  startDate: string
}

export type CopiedAgendaItem = Omit<AgendaItem, 'forumId' | 'createdAt' | 'updatedAt'>
export type CopiedParticipant = Pick<
  Participant,
  'id' | 'personId' | 'unsur' | 'subCategory' | 'role' | 'invited' | 'searchName'
>

export interface ForumCopy {
  fields: ForumFieldsInput
  agenda: CopiedAgendaItem[]
  participants: CopiedParticipant[]
}

/**
 * "Salin dari forum sebelumnya": the set-up of a forum — kind, text, roles, the days moved to the
 * new start with their times and places, the agenda as planned and the invitation list — and
 * nothing that happened in it. Attendance, signatures, issues, agreements, action items, documents
 * and the invitation letter stay with the old forum; agenda items lose their actual times, notes
 * and queues; everyone on the list is an invitee again. `newId` gives every copied record its id,
 * so speakers picked on an agenda item point at the copied participants.
 */
export function copyForumSetup(
  source: Forum,
  agenda: readonly AgendaItem[],
  participants: readonly Participant[],
  choice: CopyChoice,
  newId: () => string,
): ForumCopy {
  const shift = diffDaysIso(source.startDate, choice.startDate)
  const dayIds = new Map(source.days.map((day) => [day.id, newId()]))
  const participantIds = new Map(participants.map((p) => [p.id, newId()]))
  const mapped = (id: string) => participantIds.get(id)

  const fields: ForumFieldsInput = {
    kind: source.kind,
    method: source.method,
    title: choice.title,
    topic: source.topic,
    topicCategory: source.topicCategory,
    purpose: source.purpose,
    legalBasis: [...source.legalBasis],
    startDate: choice.startDate,
    endDate: addDaysIso(source.endDate, shift),
    days: source.days.map((day) => ({
      ...day,
      id: dayIds.get(day.id) ?? newId(),
      date: addDaysIso(day.date, shift),
    })),
    organiser: source.organiser,
    coOrganisers: [...source.coOrganisers],
    partners: [...source.partners],
    pimpinan: { ...source.pimpinan },
    moderator: { ...source.moderator },
    narasumber: source.narasumber.map((speaker) => ({ ...speaker })),
    notulis: { ...source.notulis },
    skm: source.skm ? { ...source.skm } : undefined,
    documentTitle: source.documentTitle,
  }

  const copiedAgenda = agenda.flatMap((item): CopiedAgendaItem[] => {
    const dayId = dayIds.get(item.dayId)
    if (!dayId) return []
    const moderatorId = item.moderatorId === null ? null : (mapped(item.moderatorId) ?? null)
    return [
      {
        id: newId(),
        dayId,
        order: item.order,
        title: item.title,
        kind: item.kind,
        plannedStart: item.plannedStart,
        durationMin: item.durationMin,
        speakerIds: item.speakerIds.flatMap((id) => mapped(id) ?? []),
        moderatorId,
        actualStart: null,
        actualEnd: null,
        notes: '',
        speakerQueue: [],
      },
    ]
  })

  return {
    fields,
    agenda: copiedAgenda,
    participants: participants.map((p) => ({
      id: mapped(p.id) ?? newId(),
      personId: p.personId,
      unsur: p.unsur,
      subCategory: p.subCategory,
      role: p.role,
      invited: true,
      searchName: p.searchName,
    })),
  }
}

import type { AgendaItem, ForumFieldsInput } from '../domain'
import { FORUM_KIND_TEXT } from '../documents/forum-kinds'
import { chainStarts } from '../live/agenda-times'
import { documentsFor, type ForumTemplate, type SavedTemplate } from './templates'

/** What a template sets on a new forum's form; the rest (title, dates, roles) is the person's. */
export type TemplateFields = Pick<
  ForumFieldsInput,
  'kind' | 'method' | 'topicCategory' | 'purpose' | 'legalBasis'
>

/** An agenda item as a template plans it, before it has an id. */
export type PlannedAgendaItem = Pick<
  AgendaItem,
  'order' | 'title' | 'kind' | 'plannedStart' | 'durationMin'
>

/** The purpose a template brings: its own, else the kind's wording about the topic. */
export function templatePurpose(template: ForumTemplate, topic: string): string {
  if (template.purpose) return template.purpose
  return topic.trim() ? FORUM_KIND_TEXT[template.kind].purpose(topic.trim()) : ''
}

export function templateFields(template: ForumTemplate, topic: string): TemplateFields {
  return {
    kind: template.kind,
    method: template.method,
    topicCategory: template.topicCategory,
    purpose: templatePurpose(template, topic),
    legalBasis: [...template.legalBasis],
  }
}

/**
 * A forum started from a template: its fields, and the agenda of the first day planned back to
 * back from that day's start (later days start empty: their running order differs).
 */
export function forumFromTemplate(
  template: ForumTemplate,
  forum: Pick<ForumFieldsInput, 'topic' | 'days'>,
): { fields: TemplateFields; agenda: PlannedAgendaItem[] } {
  const dayStart = forum.days[0]?.start ?? '09:00'
  const starts = chainStarts(
    template.agenda.map((i) => i.durationMin),
    dayStart,
  )
  return {
    fields: templateFields(template, forum.topic ?? ''),
    agenda: template.agenda.map((i, order) => ({
      order,
      title: i.title,
      kind: i.kind,
      durationMin: i.durationMin,
      plannedStart: starts[order] ?? dayStart,
    })),
  }
}

/** "Simpan sebagai templat": a forum's kind, text and first day's agenda, under a new name. */
export function templateFromForum(
  forum: Pick<
    ForumFieldsInput,
    'kind' | 'method' | 'topicCategory' | 'purpose' | 'legalBasis' | 'days'
  >,
  agenda: readonly Pick<AgendaItem, 'dayId' | 'order' | 'title' | 'kind' | 'durationMin'>[],
  meta: { id: string; name: string; createdAt: string },
): SavedTemplate {
  const firstDay = forum.days[0]?.id
  return {
    ...meta,
    kind: forum.kind,
    method: forum.method,
    topicCategory: forum.topicCategory ?? 'kebijakan_lain',
    purpose: forum.purpose ?? '',
    legalBasis: [...(forum.legalBasis ?? [])],
    agenda: agenda
      .filter((i) => i.dayId === firstDay)
      .sort((a, b) => a.order - b.order)
      .map((i) => ({ title: i.title, kind: i.kind, durationMin: i.durationMin })),
    documents: documentsFor(forum.kind),
  }
}

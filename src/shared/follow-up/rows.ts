import type { ActionStatus, DerivedActionStatus, ForumKind, Priority } from '../domain/enums'
import type { Forum } from '../domain/forum'
import type { ActionItem } from '../domain/live'
import { deriveActionStatus } from '../rules/action-status'

/**
 * What the dashboard keeps in memory per action item: the few fields it filters, sorts and shows,
 * so that 50,000 items stay small. Long texts (target, realisasi) are read on the item's own page.
 */
export interface ActionRow {
  id: string
  forumId: string
  forumTitle: string
  /** The forum's kind (the Laporan Monitoring names it); null when the forum is gone. */
  forumKind: ForumKind | null
  /** The forum's last day: PEKPPP counts the months to completion from here. */
  forumDate: string
  plan: string
  unit: string
  person: string
  deadline: string | null
  deadlineLabel: string
  priority: Priority
  status: ActionStatus
  progress: number
  completedDate: string | null
}

export interface ForumRef {
  id: string
  title: string
  kind: ForumKind
  endDate: string
}

export function toForumRef(forum: Pick<Forum, 'id' | 'title' | 'kind' | 'endDate'>): ForumRef {
  return { id: forum.id, title: forum.title, kind: forum.kind, endDate: forum.endDate }
}

export function toActionRow(item: ActionItem, forum: ForumRef | undefined): ActionRow {
  return {
    id: item.id,
    forumId: item.forumId,
    forumTitle: forum?.title ?? '',
    forumKind: forum?.kind ?? null,
    forumDate: forum?.endDate ?? item.createdAt.slice(0, 10),
    plan: item.plan,
    unit: item.responsibleUnit,
    person: item.responsiblePerson,
    deadline: item.deadline,
    deadlineLabel: item.deadlineLabel,
    priority: item.priority,
    status: item.status,
    progress: item.progress,
    completedDate: item.completedDate,
  }
}

/** A row with its status as seen on `today`: Terlambat is derived here and never stored. */
export interface DashboardRow extends ActionRow {
  derived: DerivedActionStatus
}

export function withDerivedStatus(rows: readonly ActionRow[], today: string): DashboardRow[] {
  return rows.map((row) => ({ ...row, derived: deriveActionStatus(row, today) }))
}

import type { ActionStatus, DerivedActionStatus, Priority } from '../domain/enums'
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
  endDate: string
}

export function toActionRow(item: ActionItem, forum: ForumRef | undefined): ActionRow {
  return {
    id: item.id,
    forumId: item.forumId,
    forumTitle: forum?.title ?? '',
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

import { addDaysIso, diffDaysIso, formatDateId } from '../format/dates'
import { isDueWithin, isOverdue } from '../rules/action-status'
import type { ActionRow } from './rows'

/** Looks up a text of the `chat` dictionary; the caller passes i18next's `t` or a test double. */
export type Translate = (key: string, values?: Record<string, string | number>) => string

export interface ReminderLists {
  overdue: ActionRow[]
  dueSoon: ActionRow[]
}

/** The open items that are late, and those due within `days`, most urgent first. */
export function reminderLists(rows: readonly ActionRow[], today: string, days = 7): ReminderLists {
  const dueBy = addDaysIso(today, days)
  const byDeadline = (a: ActionRow, b: ActionRow) =>
    (a.deadline ?? '') < (b.deadline ?? '') ? -1 : (a.deadline ?? '') > (b.deadline ?? '') ? 1 : 0
  return {
    overdue: rows.filter((row) => isOverdue(row, today)).sort(byDeadline),
    dueSoon: rows.filter((row) => isDueWithin(row, today, dueBy)).sort(byDeadline),
  }
}

export interface ChatSummaryInput extends ReminderLists {
  today: string
  days: number
  /** The unit the summary is for, or '' for every unit. */
  unit: string
  /** Lines per list; the rest is summed up as "and N more". */
  maxLines?: number
}

function deadlineText(row: ActionRow): string {
  if (!row.deadline) return ''
  return row.deadlineLabel || formatDateId(row.deadline)
}

/**
 * A plain-text summary to paste into a chat app: no markup, one numbered line per item, each with
 * its unit and deadline, overdue items with how many days late.
 */
export function buildChatSummary(input: ChatSummaryInput, t: Translate): string {
  const { today, days, unit, overdue, dueSoon } = input
  const maxLines = input.maxLines ?? 30
  const lines: string[] = [
    t('chat.heading', { date: formatDateId(today) }),
    unit ? t('chat.unit', { unit }) : t('chat.allUnits'),
    '',
  ]
  const list = (rows: ActionRow[], line: (row: ActionRow, n: number) => string) => {
    rows.slice(0, maxLines).forEach((row, index) => lines.push(line(row, index + 1)))
    if (rows.length > maxLines) lines.push(t('chat.more', { count: rows.length - maxLines }))
  }
  if (overdue.length === 0 && dueSoon.length === 0) {
    lines.push(t('chat.nothing', { days }))
    return lines.join('\n')
  }
  lines.push(t('chat.overdueTitle', { count: overdue.length }))
  list(overdue, (row, n) =>
    t('chat.overdueLine', {
      n,
      plan: row.plan,
      unit: row.unit || '—',
      deadline: deadlineText(row),
      count: row.deadline ? diffDaysIso(row.deadline, today) : 0,
    }),
  )
  lines.push('')
  lines.push(t('chat.dueSoonTitle', { count: dueSoon.length, days }))
  list(dueSoon, (row, n) =>
    t('chat.dueSoonLine', {
      n,
      plan: row.plan,
      unit: row.unit || '—',
      deadline: deadlineText(row),
      count: row.deadline ? diffDaysIso(today, row.deadline) : 0,
    }),
  )
  return lines.join('\n')
}

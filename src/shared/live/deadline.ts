import { resolveDeadline } from '../format/periods'

export type DeadlineCheck =
  | { ok: true; deadline: string | null; deadlineLabel: string }
  | { ok: false; reason: 'deadline_unrecognised' | 'deadline_before_forum' }

/**
 * Reads a batas waktu as typed — a date or a period such as "Triwulan III 2026", resolved to its
 * last day — and refuses one before the forum date: an agreement cannot be due before it was made.
 * Blank text clears the deadline (the item is then flagged until one is set).
 */
export function checkDeadline(input: string, forumDate: string): DeadlineCheck {
  if (input.trim() === '') return { ok: true, deadline: null, deadlineLabel: '' }
  const resolved = resolveDeadline(input)
  if (!resolved.ok) return { ok: false, reason: 'deadline_unrecognised' }
  if (resolved.date < forumDate) return { ok: false, reason: 'deadline_before_forum' }
  return { ok: true, deadline: resolved.date, deadlineLabel: resolved.label ?? '' }
}

export type ActionItemFlag = 'responsible_missing' | 'deadline_missing'

/** What an action item still lacks before it can be signed: shown until fixed. */
export function actionItemFlags(item: {
  responsibleUnit: string
  responsiblePerson: string
  deadline: string | null
}): ActionItemFlag[] {
  const flags: ActionItemFlag[] = []
  if (item.responsibleUnit.trim() === '' && item.responsiblePerson.trim() === '') {
    flags.push('responsible_missing')
  }
  if (item.deadline === null) flags.push('deadline_missing')
  return flags
}

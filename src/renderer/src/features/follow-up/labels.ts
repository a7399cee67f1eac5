import { formatDateId } from '@shared/format/dates'
import type { ActionRow } from '@shared/follow-up/rows'

/** "Triwulan III 2026" when the deadline was written as a period, else "30 Juni 2026". */
export function deadlineText(row: Pick<ActionRow, 'deadline' | 'deadlineLabel'>, none: string) {
  if (row.deadlineLabel) return row.deadlineLabel
  return row.deadline ? formatDateId(row.deadline) : none
}

import type { ActionItem } from '../domain/live'
import type { DerivedActionStatus } from '../domain/enums'

type StatusInput = Pick<ActionItem, 'status' | 'deadline'>

/** Finished items are never late, whatever their deadline. */
export function isClosed(item: Pick<ActionItem, 'status'>): boolean {
  return item.status === 'selesai' || item.status === 'tidak_dapat_dilaksanakan'
}

/**
 * Terlambat: past its deadline (the deadline day itself still counts as on time) and not closed.
 * `today` is the calendar date in the organisation's time zone, injected so tests and screens agree.
 */
export function isOverdue(item: StatusInput, today: string): boolean {
  return !isClosed(item) && item.deadline !== null && item.deadline < today
}

export function deriveActionStatus(item: StatusInput, today: string): DerivedActionStatus {
  return isOverdue(item, today) ? 'terlambat' : item.status
}

/** Due within `days` from today (inclusive), open and not yet late. */
export function isDueWithin(item: StatusInput, today: string, dueBy: string): boolean {
  return (
    !isClosed(item) && item.deadline !== null && item.deadline >= today && item.deadline <= dueBy
  )
}

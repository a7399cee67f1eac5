import { format } from 'date-fns'

/** The calendar date on this laptop's clock, as the facilitator sees it. */
export function localToday(now: Date = new Date()): string {
  return format(now, 'yyyy-MM-dd')
}

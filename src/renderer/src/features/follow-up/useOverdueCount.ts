import { reminderLists } from '@shared/follow-up/chat-summary'
import { useLiveQuery, useRepositories } from '../../db'
import { useToday } from '../../ui/clock'
import { REMINDER_DAYS } from './ReminderBanner'

/** Overdue open items of "my unit" (all units when none is set), for the navigation's badge. */
export function useOverdueCount(): number {
  const today = useToday()
  const { actionItems, settings } = useRepositories()
  const count = useLiveQuery(async () => {
    const unit = await settings.get('myUnit')
    const rows = await actionItems.openDueBy(today, unit)
    return reminderLists(rows, today, REMINDER_DAYS).overdue.length
  }, [actionItems, settings, today])
  return count ?? 0
}

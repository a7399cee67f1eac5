import { useLiveQuery, useRepositories } from '../../db'
import { useToday } from '../../ui/clock'

/**
 * Overdue open items of "my unit" (all units when none is set), for the navigation's badge. Every
 * screen draws the badge, so it is counted on the index, never by loading the rows.
 */
export function useOverdueCount(): number {
  const today = useToday()
  const { overview, settings } = useRepositories()
  const count = useLiveQuery(async () => {
    const unit = await settings.get('myUnit')
    return (await overview.dueCounts(today, unit)).overdue
  }, [overview, settings, today])
  return count ?? 0
}

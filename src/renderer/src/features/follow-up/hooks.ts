import { useEffect, useMemo, useState } from 'react'
import type { KnownKeys } from '@shared/follow-up/dashboard'
import { tableOf, type DashboardTable } from '@shared/follow-up/table'
import { useLiveQuery, useRepositories, type EarlyDashboard } from '../../db'

/** Rows shown while the whole list loads: the nearest deadlines. */
const FIRST_ROWS = 40

/** The unit head's own unit ('' when not chosen); undefined while it loads. */
export function useMyUnit(): string | undefined {
  const { settings } = useRepositories()
  return useLiveQuery(() => settings.get('myUnit'), [settings])
}

export interface DashboardData {
  table: DashboardTable
  /** Sort orders and search keys known so far (the deadline order comes with the whole list). */
  keys: KnownKeys | undefined
  /** False while only the first rows are known. */
  complete: boolean
}

/**
 * Every action item with its status on `today`, loaded once (in a worker) and kept in memory, and
 * loaded again when any item changes; the nearest deadlines show at once while the rest loads.
 */
export function useDashboardRows(today: string): DashboardData | undefined {
  const { actionItems } = useRepositories()
  const version = useLiveQuery(() => actionItems.changeSignal(), [actionItems])
  const first = useLiveQuery(() => actionItems.firstRows(FIRST_ROWS), [actionItems])
  const [loaded, setLoaded] = useState<EarlyDashboard | null>(null)
  useEffect(() => {
    if (version === undefined) return
    let cancelled = false
    const show = (result: EarlyDashboard) => {
      if (!cancelled) setLoaded(result)
    }
    void actionItems.loadDashboard(today, show).then(show)
    return () => {
      cancelled = true
    }
  }, [actionItems, version, today])
  return useMemo(() => {
    if (loaded) return { table: loaded.table, keys: loaded.keys, complete: true }
    if (first) return { table: tableOf(first, today), keys: undefined, complete: false }
    return undefined
  }, [loaded, first, today])
}

import { useEffect, useMemo, useState } from 'react'
import type { TimeZoneCode } from '@shared/format/dates'
import { todayIso } from '@shared/format/dates'
import type { KnownKeys } from '@shared/follow-up/dashboard'
import { withDerivedStatus, type DashboardRow } from '@shared/follow-up/rows'
import type { EarlyDashboard } from '../../db/repositories/action-items'
import { useLiveQuery, useRepositories } from '../../db'
import { SETTING_KEYS } from '../../db/repositories/settings'
import { useOrganisationProfile } from '../forums/hooks'
import { organisationTimeZone } from '@shared/rules/time-zone'

/** Rows shown while the whole list loads: the nearest deadlines. */
const FIRST_ROWS = 40

/** Today in the organisation's time zone; follows the clock past midnight while the app is open. */
export function useToday(): string {
  const profile = useOrganisationProfile()
  const timeZone: TimeZoneCode = organisationTimeZone(profile)
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000)
    return () => clearInterval(timer)
  }, [])
  return todayIso(now, timeZone)
}

/** The unit head's own unit ('' when not chosen); undefined while it loads. */
export function useMyUnit(): string | undefined {
  const { settings } = useRepositories()
  return useLiveQuery(
    async () => (await settings.get<string>(SETTING_KEYS.myUnit)) ?? '',
    [settings],
  )
}

export interface DashboardData {
  rows: DashboardRow[]
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
    if (loaded) return { rows: loaded.rows, keys: loaded.keys, complete: true }
    if (first) return { rows: withDerivedStatus(first, today), keys: undefined, complete: false }
    return undefined
  }, [loaded, first, today])
}

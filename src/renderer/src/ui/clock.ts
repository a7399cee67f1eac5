import { useEffect, useState } from 'react'
import { todayIso, type TimeZoneCode } from '@shared/format/dates'
import { organisationTimeZone } from '@shared/rules/time-zone'
import { useLiveQuery, useRepositories } from '../db'

// Every screen reads the organisation's clock (WIB, WITA or WIT from the profile), never the
// laptop's: a facilitator flying in from another zone still sees the times and the day of the room.

/** The zone the organisation's clocks read (see organisationTimeZone). */
export function useOrganisationTimeZone(): TimeZoneCode {
  const { organisation } = useRepositories()
  const profile = useLiveQuery(() => organisation.get(), [organisation])
  return organisationTimeZone(profile)
}

// Often enough to notice a new day, rarely enough to cost nothing.
const CHECK_EVERY_MS = 60_000

/** Today's date on the organisation's clock; follows it past midnight while the app is open. */
export function useToday(): string {
  const timeZone = useOrganisationTimeZone()
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), CHECK_EVERY_MS)
    return () => clearInterval(timer)
  }, [])
  return todayIso(now, timeZone)
}

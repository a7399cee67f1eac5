import { formatTimeId, instantTimeIso, type TimeZoneCode } from '@shared/format/dates'
import { useOrganisationProfile } from '../forums'
import { organisationTimeZone } from '@shared/rules/time-zone'

/** "09.05": a recorded instant on the organisation's clock, as the notulen writes times. */
export function clockTime(iso: string, timeZone: TimeZoneCode): string {
  return formatTimeId(instantTimeIso(iso, timeZone))
}

/** The zone the forum's clock reads (see organisationTimeZone). */
export function useForumTimeZone(): TimeZoneCode {
  return organisationTimeZone(useOrganisationProfile())
}

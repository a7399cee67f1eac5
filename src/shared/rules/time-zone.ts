import type { OrganisationProfile } from '../domain/organisation'
import { timeZoneForOffset, type TimeZoneCode } from '../format/dates'

/**
 * The organisation's zone; before a profile exists, the zone of this laptop's clock, so that a
 * facilitator who has not filled in the profile yet still sees the times of the room.
 */
export function organisationTimeZone(
  profile: Pick<OrganisationProfile, 'timeZone'> | null | undefined,
  now: Date = new Date(),
): TimeZoneCode {
  return profile?.timeZone ?? timeZoneForOffset(-now.getTimezoneOffset())
}

import { describe, expect, it } from 'vitest'
import { organisationTimeZone } from '@shared/rules'

describe('organisationTimeZone', () => {
  const laptop = (minutesWest: number) => ({ getTimezoneOffset: () => minutesWest }) as Date

  it("takes the profile's zone whatever the laptop's clock says", () => {
    expect(organisationTimeZone({ timeZone: 'WIT' }, laptop(-480))).toBe('WIT')
  })

  it("falls back to the laptop's zone before a profile exists", () => {
    expect(organisationTimeZone(null, laptop(-480))).toBe('WITA')
    expect(organisationTimeZone(undefined, laptop(-420))).toBe('WIB')
  })
})

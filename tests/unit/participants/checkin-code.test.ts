import { describe, expect, it } from 'vitest'
import { checkinCode, parseCheckinCode } from '../../../src/shared/participants'

describe('check-in codes', () => {
  const id = '3f2b8c1e-9a4d-4e5f-8b6a-1c2d3e4f5a6b'

  it('reads back the participant from the code a scanner types', () => {
    expect(parseCheckinCode(checkinCode(id))).toBe(id)
    expect(parseCheckinCode(` ${checkinCode(id)}\t`)).toBe(id)
    expect(parseCheckinCode(`mfk-${id}`)).toBe(id)
  })

  it('is not fooled by names or partial codes', () => {
    expect(parseCheckinCode('Maria Goreti')).toBeNull()
    expect(parseCheckinCode('MFK-')).toBeNull()
    expect(parseCheckinCode(`MFK-${id} Maria`)).toBeNull()
    expect(parseCheckinCode(`x${checkinCode(id)}`)).toBeNull()
  })
})

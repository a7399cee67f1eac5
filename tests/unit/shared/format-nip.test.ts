import { describe, it, expect } from 'vitest'
import { formatNip, NIP_LENGTH, normalizeNip, validateNip } from '../../../src/shared/format/nip'

describe('normalizeNip', () => {
  it.each([
    ['198609262015051001', '198609262015051001'],
    ['19860926 201505 1 001', '198609262015051001'],
    ['  19860926 201505 1 001  ', '198609262015051001'],
    ['19860926.201505.1.001', '198609262015051001'],
    ['19860926-201505-1-001', '198609262015051001'],
    ['19860926\u2013201505\u20131\u2013001', '198609262015051001'],
    ['19860926\u00a0201505\t1\n001', '198609262015051001'],
    ['NIP. 19860926 201505 1 001', 'NIP198609262015051001'],
    ['', ''],
  ])('%j → %j', (input, digits) => {
    expect(normalizeNip(input)).toBe(digits)
  })
})

describe('validateNip', () => {
  it('has 18 digits', () => {
    expect(NIP_LENGTH).toBe(18)
  })

  it('reads the parts of a valid NIP', () => {
    expect(validateNip('198609262015051001')).toEqual({
      ok: true,
      digits: '198609262015051001',
      birthDate: '1986-09-26',
      appointment: '2015-05',
      sex: 'L',
    })
  })

  it('accepts the printed grouping and reads a woman’s NIP', () => {
    expect(validateNip('19900315 201403 2 007')).toEqual({
      ok: true,
      digits: '199003152014032007',
      birthDate: '1990-03-15',
      appointment: '2014-03',
      sex: 'P',
    })
  })

  it.each([
    ['194001011960011001', 'earliest birth year'],
    ['201512312030122999', 'latest birth year'],
    ['199602292020011001', 'leap day birth date'],
    ['198609262001051001', 'appointed at 15 (lenient)'],
    ['198609262003121001', 'appointed at 17'],
    ['198609262015011000', 'sequence 000'],
  ])('accepts %s (%s)', (nip) => {
    expect(validateNip(nip).ok).toBe(true)
  })

  it.each([
    ['', 'length'],
    ['19860926201505100', 'length'],
    ['1986092620150510011', 'length'],
    ['19860926 201505 1 00', 'length'],
    ['19860926201505100A', 'non_digit'],
    ['NIP 198609262015051001', 'non_digit'],
    ['1986O9262015051001', 'non_digit'],
    ['1986', 'length'],
    ['abc', 'non_digit'],
    ['198602302015051001', 'birth_date'],
    ['198702292015051001', 'birth_date'],
    ['198613012015051001', 'birth_date'],
    ['198600102015051001', 'birth_date'],
    ['198609002015051001', 'birth_date'],
    ['193912312015051001', 'birth_date'],
    ['201601012035011001', 'birth_date'],
    ['198609262015001001', 'appointment'],
    ['198609262015131001', 'appointment'],
    ['198609262000121001', 'appointment'],
    ['198609261986091001', 'appointment'],
    ['198609262015053001', 'sex_digit'],
    ['198609262015050001', 'sex_digit'],
    ['198609262015059001', 'sex_digit'],
  ])('rejects %j: %s', (nip, reason) => {
    expect(validateNip(nip)).toEqual({ ok: false, reason })
  })
})

describe('formatNip', () => {
  it.each([
    ['198609262015051001', '19860926 201505 1 001'],
    ['19860926 201505 1 001', '19860926 201505 1 001'],
    ['19860926.201505.1.001', '19860926 201505 1 001'],
    ['  1986-0926-2015-0510-01 ', '19860926 201505 1 001'],
    ['199003152014032007', '19900315 201403 2 007'],
  ])('%j → %j', (input, printed) => {
    expect(formatNip(input)).toBe(printed)
  })

  it('groups any 18 digits, even an implausible NIP, since printing is not validating', () => {
    expect(formatNip('000000000000000000')).toBe('00000000 000000 0 000')
  })

  it('returns other input trimmed but otherwise as typed', () => {
    expect(formatNip('12345')).toBe('12345')
    expect(formatNip('  12 345 ')).toBe('12 345')
    expect(formatNip('NIP 198609262015051001')).toBe('NIP 198609262015051001')
    expect(formatNip('')).toBe('')
  })
})

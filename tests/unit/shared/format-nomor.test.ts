import { describe, it, expect } from 'vitest'
import {
  formatNomor,
  missingNomorParts,
  nextCounter,
  NOMOR_PLACEHOLDERS,
  validateNomorPattern,
} from '../../../src/shared/format/nomor'
import { toRoman } from '../../../src/shared/format/roman'

const VALUES = { kode: '000.1.2', urut: 7, unit: 'DPMPTSP', isoDate: '2026-03-09' }

describe('toRoman', () => {
  it.each([
    [1, 'I'],
    [2, 'II'],
    [3, 'III'],
    [4, 'IV'],
    [5, 'V'],
    [6, 'VI'],
    [7, 'VII'],
    [8, 'VIII'],
    [9, 'IX'],
    [10, 'X'],
    [11, 'XI'],
    [12, 'XII'],
    [14, 'XIV'],
    [40, 'XL'],
    [49, 'XLIX'],
    [90, 'XC'],
    [400, 'CD'],
    [944, 'CMXLIV'],
    [1994, 'MCMXCIV'],
    [2026, 'MMXXVI'],
    [3999, 'MMMCMXCIX'],
  ])('%i → %s', (n, roman) => {
    expect(toRoman(n)).toBe(roman)
  })

  it.each([0, -1, 4000, 1.5, Number.NaN])('throws RangeError for %s', (n) => {
    expect(() => toRoman(n)).toThrow(RangeError)
  })
})

describe('validateNomorPattern', () => {
  it('lists the placeholders', () => {
    expect(NOMOR_PLACEHOLDERS).toEqual(['kode', 'urut', 'unit', 'bulan', 'tahun'])
  })

  it.each([
    '{kode}/{urut}/{unit}/{tahun}',
    '{kode}/{urut}/{unit}/{bulan}/{tahun}',
    'BA-{urut}/FKP/{tahun}',
    '{urut}',
    '{urut}/{urut}',
  ])('accepts %j', (pattern) => {
    expect(validateNomorPattern(pattern)).toEqual({ ok: true })
  })

  it.each(['', '{kode}/{unit}/{tahun}', 'BA/FKP/2026'])('requires {urut}: %j', (pattern) => {
    expect(validateNomorPattern(pattern)).toEqual({ ok: false, reason: 'missing_urut' })
  })

  it.each([
    ['{kode}/{urut}/{dinas}/{tahun}', 'dinas'],
    ['{kode}/{URUT}/{tahun}', 'URUT'],
    ['{kode}/{ urut }/{tahun}', ' urut '],
    ['{kode}/{}/{urut}', ''],
    ['{kode}/{nomor}/{unit}', 'nomor'],
    ['{kode}/{urut/{tahun}', '{'],
    ['{kode}/{urut}}/{tahun}', '}'],
  ])('reports the unknown placeholder in %j', (pattern, placeholder) => {
    expect(validateNomorPattern(pattern)).toEqual({
      ok: false,
      reason: 'unknown_placeholder',
      placeholder,
    })
  })
})

describe('formatNomor', () => {
  it('fills the brief example', () => {
    expect(formatNomor('{kode}/{urut}/{unit}/{tahun}', VALUES)).toBe('000.1.2/007/DPMPTSP/2026')
  })

  it('writes the month in Roman numerals', () => {
    expect(formatNomor('{kode}/{urut}/{unit}/{bulan}/{tahun}', VALUES)).toBe(
      '000.1.2/007/DPMPTSP/III/2026',
    )
    expect(formatNomor('{urut}/{bulan}', { ...VALUES, isoDate: '2026-12-01' })).toBe('007/XII')
    expect(formatNomor('{urut}/{bulan}', { ...VALUES, isoDate: '2026-01-31' })).toBe('007/I')
  })

  it('pads the sequence to the requested width', () => {
    expect(formatNomor('{urut}', { ...VALUES, pad: 4 })).toBe('0007')
    expect(formatNomor('{urut}', { ...VALUES, pad: 1 })).toBe('7')
    expect(formatNomor('{urut}', { ...VALUES, urut: 123 })).toBe('123')
  })

  it('prints a sequence longer than the pad in full', () => {
    expect(formatNomor('{urut}', { ...VALUES, urut: 1234 })).toBe('1234')
  })

  it('keeps literal text and repeats placeholders', () => {
    expect(formatNomor('BA-{urut}/FKP/{unit}/{tahun}', VALUES)).toBe('BA-007/FKP/DPMPTSP/2026')
    expect(formatNomor('{urut}.{urut}', VALUES)).toBe('007.007')
  })

  it('trims the codes', () => {
    expect(
      formatNomor('{kode}/{urut}/{unit}', { ...VALUES, kode: ' 005 ', unit: ' Bappeda ' }),
    ).toBe('005/007/Bappeda')
  })

  it('takes the year from the date', () => {
    expect(formatNomor('{urut}/{tahun}', { ...VALUES, isoDate: '2027-01-02' })).toBe('007/2027')
  })

  it('throws RangeError for an invalid pattern', () => {
    expect(() => formatNomor('{kode}/{unit}', VALUES)).toThrow(RangeError)
    expect(() => formatNomor('{kode}/{urut}/{dinas}', VALUES)).toThrow(RangeError)
  })

  it('throws RangeError for an invalid date, sequence or pad', () => {
    expect(() => formatNomor('{urut}', { ...VALUES, isoDate: '2026-02-30' })).toThrow(RangeError)
    expect(() => formatNomor('{urut}', { ...VALUES, urut: 0 })).toThrow(RangeError)
    expect(() => formatNomor('{urut}', { ...VALUES, urut: -1 })).toThrow(RangeError)
    expect(() => formatNomor('{urut}', { ...VALUES, urut: 1.5 })).toThrow(RangeError)
    expect(() => formatNomor('{urut}', { ...VALUES, pad: 0 })).toThrow(RangeError)
    expect(() => formatNomor('{urut}', { ...VALUES, pad: 11 })).toThrow(RangeError)
  })
})

describe('nextCounter', () => {
  it('counts up within a year', () => {
    expect(nextCounter({ year: 2026, last: 6 }, 2026)).toEqual({ year: 2026, last: 7 })
    expect(nextCounter({ year: 2026, last: 0 }, 2026)).toEqual({ year: 2026, last: 1 })
  })

  it('restarts at 1 in a new year', () => {
    expect(nextCounter({ year: 2025, last: 148 }, 2026)).toEqual({ year: 2026, last: 1 })
    expect(nextCounter({ year: 2020, last: 3 }, 2026)).toEqual({ year: 2026, last: 1 })
  })

  it('does not change the counter it is given', () => {
    const counter = { year: 2026, last: 6 }
    nextCounter(counter, 2026)
    expect(counter).toEqual({ year: 2026, last: 6 })
  })

  it('throws RangeError for an earlier year rather than repeat numbers', () => {
    expect(() => nextCounter({ year: 2026, last: 6 }, 2025)).toThrow(RangeError)
  })

  it('throws RangeError for a malformed counter or year', () => {
    expect(() => nextCounter({ year: 2026, last: -1 }, 2026)).toThrow(RangeError)
    expect(() => nextCounter({ year: 2026, last: 1.5 }, 2026)).toThrow(RangeError)
    expect(() => nextCounter({ year: 2026.5, last: 1 }, 2027)).toThrow(RangeError)
    expect(() => nextCounter({ year: 2026, last: 1 }, Number.NaN)).toThrow(RangeError)
  })
})

describe('missingNomorParts', () => {
  it('names the profile parts a pattern uses but that are empty, in pattern order', () => {
    expect(missingNomorParts('{kode}/{urut}/{unit}/{tahun}', { kode: '', unit: ' ' })).toEqual([
      'kode',
      'unit',
    ])
    expect(missingNomorParts('{unit}/{urut}/{kode}', { kode: '', unit: '' })).toEqual([
      'unit',
      'kode',
    ])
    expect(missingNomorParts('{urut}/{unit}/{tahun}', { kode: '', unit: 'DPMPTSP' })).toEqual([])
  })
})

import { describe, it, expect } from 'vitest'
import { formatNumber, formatNumberIn, formatPercent } from '../../../src/shared/format/numbers'

describe('formatNumber', () => {
  it.each([
    [0, 0, '0'],
    [7, 0, '7'],
    [999, 0, '999'],
    [1000, 0, '1.000'],
    [1234567, 0, '1.234.567'],
    [1234567.89, 0, '1.234.568'],
    [83.5, 2, '83,50'],
    [78.4, 1, '78,4'],
    [78.44, 1, '78,4'],
    [78.45, 1, '78,5'],
    [1.005, 2, '1,01'],
    [2.5, 0, '3'],
    [1234.5, 2, '1.234,50'],
    [0.5, 1, '0,5'],
    [1e-7, 2, '0,00'],
    [1e-7, 7, '0,0000001'],
    [999999.995, 2, '1.000.000,00'],
  ])('formatNumber(%s, %i) → %s', (n, decimals, text) => {
    expect(formatNumber(n, decimals)).toBe(text)
  })

  it('defaults to no decimals', () => {
    expect(formatNumber(83.5)).toBe('84')
    expect(formatNumber(83.49)).toBe('83')
  })

  it('writes negatives with a leading minus, rounding half away from zero', () => {
    expect(formatNumber(-1234.5, 1)).toBe('-1.234,5')
    expect(formatNumber(-2.5)).toBe('-3')
    expect(formatNumber(-1000)).toBe('-1.000')
  })

  it('never prints "-0"', () => {
    expect(formatNumber(-0)).toBe('0')
    expect(formatNumber(-0.004, 2)).toBe('0,00')
    expect(formatNumber(-0.4)).toBe('0')
  })

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e21, -1e21])(
    'throws RangeError for %s',
    (n) => {
      expect(() => formatNumber(n)).toThrow(RangeError)
    },
  )

  it.each([-1, 1.5, 21])('throws RangeError for decimals %s', (decimals) => {
    expect(() => formatNumber(1, decimals)).toThrow(RangeError)
  })
})

describe('formatPercent', () => {
  it.each([
    [83.5, 1, '83,5%'],
    [100, 0, '100%'],
    [0, 0, '0%'],
    [66.666, 2, '66,67%'],
    [1250, 0, '1.250%'],
    [-12.5, 1, '-12,5%'],
  ])('formatPercent(%s, %i) → %s', (n, decimals, text) => {
    expect(formatPercent(n, decimals)).toBe(text)
  })

  it('defaults to no decimals', () => {
    expect(formatPercent(83.5)).toBe('84%')
  })

  it('throws RangeError like formatNumber', () => {
    expect(() => formatPercent(Number.NaN)).toThrow(RangeError)
  })
})

describe('formatNumberIn', () => {
  it.each([
    ['id', 10000, 0, '10.000'],
    ['en', 10000, 0, '10,000'],
    ['id', 1234567.891, 2, '1.234.567,89'],
    ['en', 1234567.891, 2, '1,234,567.89'],
    ['en-GB', -2500.5, 1, '-2,500.5'],
    ['en', 999, 0, '999'],
  ])('in %s prints %s with %s decimals as %s', (language, n, decimals, expected) => {
    expect(formatNumberIn(language, n, decimals)).toBe(expected)
  })

  it('reads any other language as Indonesian, the default', () => {
    expect(formatNumberIn('fr', 10000)).toBe('10.000')
  })
})

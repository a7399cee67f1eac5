import { describe, it, expect } from 'vitest'
import { countWithWords, terbilang, TERBILANG_MAX } from '../../../src/shared/format/terbilang'

describe('terbilang', () => {
  it.each([
    [0, 'nol'],
    [1, 'satu'],
    [2, 'dua'],
    [9, 'sembilan'],
    [10, 'sepuluh'],
    [11, 'sebelas'],
    [12, 'dua belas'],
    [19, 'sembilan belas'],
    [20, 'dua puluh'],
    [21, 'dua puluh satu'],
    [27, 'dua puluh tujuh'],
    [99, 'sembilan puluh sembilan'],
    [100, 'seratus'],
    [101, 'seratus satu'],
    [110, 'seratus sepuluh'],
    [111, 'seratus sebelas'],
    [112, 'seratus dua belas'],
    [199, 'seratus sembilan puluh sembilan'],
    [200, 'dua ratus'],
    [999, 'sembilan ratus sembilan puluh sembilan'],
    [1000, 'seribu'],
    [1001, 'seribu satu'],
    [1100, 'seribu seratus'],
    [1900, 'seribu sembilan ratus'],
    [1999, 'seribu sembilan ratus sembilan puluh sembilan'],
    [2000, 'dua ribu'],
    [2022, 'dua ribu dua puluh dua'],
    [2026, 'dua ribu dua puluh enam'],
    [9999, 'sembilan ribu sembilan ratus sembilan puluh sembilan'],
    [10000, 'sepuluh ribu'],
    [11000, 'sebelas ribu'],
    [12000, 'dua belas ribu'],
    [100000, 'seratus ribu'],
    [101000, 'seratus satu ribu'],
    [111111, 'seratus sebelas ribu seratus sebelas'],
    [999999, 'sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan'],
    [1000000, 'satu juta'],
    [1000001, 'satu juta satu'],
    [1001000, 'satu juta seribu'],
    [2500000, 'dua juta lima ratus ribu'],
    [11000000, 'sebelas juta'],
    [100000000, 'seratus juta'],
    [1000000000, 'satu miliar'],
    [1001001001, 'satu miliar satu juta seribu satu'],
    [2500000000, 'dua miliar lima ratus juta'],
    [
      TERBILANG_MAX,
      'sembilan ratus sembilan puluh sembilan miliar sembilan ratus sembilan puluh sembilan juta ' +
        'sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan',
    ],
  ])('%i → %s', (n, words) => {
    expect(terbilang(n)).toBe(words)
  })

  it('has the documented upper bound', () => {
    expect(TERBILANG_MAX).toBe(999_999_999_999)
  })

  it.each([-1, 1.5, 0.1, Number.NaN, Number.POSITIVE_INFINITY, 1_000_000_000_000])(
    'throws RangeError for %s',
    (n) => {
      expect(() => terbilang(n)).toThrow(RangeError)
    },
  )
})

describe('countWithWords', () => {
  it.each([
    [0, '0 (nol)'],
    [3, '3 (tiga)'],
    [30, '30 (tiga puluh)'],
    [999, '999 (sembilan ratus sembilan puluh sembilan)'],
    [1000, '1.000 (seribu)'],
    [1250, '1.250 (seribu dua ratus lima puluh)'],
    [1234567, '1.234.567 (satu juta dua ratus tiga puluh empat ribu lima ratus enam puluh tujuh)'],
  ])('%i → %s', (n, text) => {
    expect(countWithWords(n)).toBe(text)
  })

  it('throws RangeError for numbers terbilang cannot say', () => {
    expect(() => countWithWords(-3)).toThrow(RangeError)
    expect(() => countWithWords(2.5)).toThrow(RangeError)
  })
})

import { describe, expect, it } from 'vitest'
import { distinctUnsurMasyarakat, pekpppUnsurScore } from '@shared/rules'

describe('distinctUnsurMasyarakat', () => {
  it('counts each unsur once and ignores penyelenggara staff', () => {
    expect(
      distinctUnsurMasyarakat([
        'penyelenggara',
        'media_massa',
        'pengguna_layanan',
        'pengguna_layanan',
        'penyelenggara',
      ]),
    ).toEqual(['pengguna_layanan', 'media_massa'])
  })

  it('is empty when only the organising unit attends', () => {
    expect(distinctUnsurMasyarakat(['penyelenggara', 'penyelenggara'])).toEqual([])
  })

  it('lists all five in their official order', () => {
    expect(
      distinctUnsurMasyarakat([
        'media_massa',
        'organisasi_masyarakat_sipil',
        'instansi_terkait',
        'ahli_praktisi_akademisi',
        'pengguna_layanan',
      ]),
    ).toHaveLength(5)
  })
})

describe('pekpppUnsurScore', () => {
  it.each([
    [0, 0],
    [1, 1],
    [2, 2],
    [3, 3],
    [4, 4],
    [5, 5],
    [7, 5],
  ])('%i distinct unsur scores %i', (count, score) => {
    expect(pekpppUnsurScore(count)).toBe(score)
  })

  it('refuses negative or fractional counts', () => {
    expect(() => pekpppUnsurScore(-1)).toThrow(RangeError)
    expect(() => pekpppUnsurScore(1.5)).toThrow(RangeError)
  })
})

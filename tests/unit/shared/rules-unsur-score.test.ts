import { describe, expect, it } from 'vitest'
import { forumKindSchema } from '@shared/domain'
import {
  distinctUnsurMasyarakat,
  pekpppScoresForum,
  pekpppUnsurScore,
  unsurWarningApplies,
} from '@shared/rules'

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

describe('unsurWarningApplies', () => {
  it('PEKPPP scores only the FKP and the public hearing', () => {
    const scored = forumKindSchema.options.filter(pekpppScoresForum)
    expect(scored).toEqual(['fkp', 'public_hearing'])
  })

  it('warns below four unsur for a scored kind, never for another kind', () => {
    expect(unsurWarningApplies('fkp', 3)).toBe(true)
    expect(unsurWarningApplies('public_hearing', 0)).toBe(true)
    expect(unsurWarningApplies('fkp', 4)).toBe(false)
    for (const kind of ['fgd', 'workshop', 'sosialisasi', 'coaching_clinic', 'rapat'] as const) {
      expect(unsurWarningApplies(kind, 0)).toBe(false)
    }
  })
})

import { describe, expect, it } from 'vitest'
import { DERIVED_STATUSES } from '@shared/follow-up/dashboard'
import {
  barFill,
  STATUS_LOOKS,
  type PatternKind,
} from '../../../src/renderer/src/features/follow-up/chart-patterns'
import { contrast } from './contrast'

describe('chart patterns', () => {
  it('gives every action status its own pattern, so colour is never the only difference', () => {
    const patterns = DERIVED_STATUSES.map((status) => STATUS_LOOKS[status].pattern)
    expect(new Set<PatternKind>(patterns).size).toBe(DERIVED_STATUSES.length)
    expect(STATUS_LOOKS.terlambat.pattern).not.toBe(STATUS_LOOKS.selesai.pattern)
  })

  it('draws every bar colour at least 3:1 against the white card (WCAG 1.4.11)', () => {
    for (const status of DERIVED_STATUSES) {
      expect(contrast(STATUS_LOOKS[status].colour, '#ffffff'), status).toBeGreaterThanOrEqual(3)
    }
  })

  it('fills a patterned bar with its pattern and a solid one with its colour', () => {
    expect(barFill('chart1', 'terlambat', STATUS_LOOKS.terlambat)).toBe('url(#chart1-terlambat)')
    expect(barFill('chart1', 'selesai', STATUS_LOOKS.selesai)).toBe(STATUS_LOOKS.selesai.colour)
  })
})

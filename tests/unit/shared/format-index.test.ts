import { describe, it, expect } from 'vitest'
import * as format from '../../../src/shared/format'

describe('src/shared/format index', () => {
  it('re-exports every module', () => {
    const expected = [
      'terbilang',
      'countWithWords',
      'formatNumber',
      'formatPercent',
      'MONTHS_ID',
      'DAYS_ID',
      'dayNameId',
      'formatDateId',
      'formatDayDateId',
      'formatTimeId',
      'formatTimeRangeId',
      'dateInWordsId',
      'openingDateSentenceId',
      'placeDateLine',
      'isValidIsoDate',
      'isValidTime',
      'compareTime',
      'addMinutesToTime',
      'timeToMinutes',
      'minutesToTime',
      'todayIso',
      'addDaysIso',
      'diffDaysIso',
      'lastDayOfMonthIso',
      'normalizeNip',
      'validateNip',
      'formatNip',
      'normalizeForSearch',
      'normalizeText',
      'collapseSpaces',
      'resolveDeadline',
      'formatNomor',
      'nextCounter',
      'validateNomorPattern',
      'toRoman',
    ]
    for (const name of expected) expect(format, name).toHaveProperty(name)
  })

  it('wires the modules together', () => {
    expect(format.countWithWords(format.diffDaysIso('2026-03-09', '2026-03-12'))).toBe('3 (tiga)')
  })
})

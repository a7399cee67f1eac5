import { describe, it, expect } from 'vitest'
import {
  addDaysIso,
  addMinutesToTime,
  compareTime,
  dateInWordsId,
  dayNameId,
  daysInMonth,
  diffDaysIso,
  formatDateId,
  formatDayDateId,
  formatTimeId,
  formatTimeRangeId,
  isValidIsoDate,
  isValidTime,
  lastDayOfMonthIso,
  minutesToTime,
  openingDateSentenceId,
  parseIsoDate,
  placeDateLine,
  timeToMinutes,
  todayIso,
  instantTimeIso,
  timeZoneForOffset,
  formatInstantId,
  fileStamp,
} from '../../../src/shared/format/dates'

const BAD_DATES = [
  '',
  '2026-02-30',
  '2025-02-29',
  '2026-13-01',
  '2026-00-10',
  '2026-04-31',
  '2026-01-00',
  '0000-01-01',
  '2026-3-9',
  '26-03-09',
  '2026/03/09',
  '09-03-2026',
  '2026-03-09T00:00:00Z',
  ' 2026-03-09',
]

describe('month, day and zone names in use', () => {
  it('names each month of the year in the printed date', () => {
    const printed = Array.from({ length: 12 }, (_, i) =>
      formatDateId(`2026-${String(i + 1).padStart(2, '0')}-01`),
    )
    expect(printed[0]).toBe('1 Januari 2026')
    expect(printed[7]).toBe('1 Agustus 2026')
    expect(printed[11]).toBe('1 Desember 2026')
    expect(new Set(printed).size).toBe(12)
  })

  it('names seven different days over a week, Senin on a Monday', () => {
    const week = Array.from({ length: 7 }, (_, i) => dayNameId(addDaysIso('2026-03-09', i)))
    expect(week).toEqual(['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'])
  })

  it('reads one instant as 07.00 WIB, 08.00 WITA and 09.00 WIT', () => {
    const instant = '2026-03-09T00:00:00.000Z'
    expect(instantTimeIso(instant, 'WIB')).toBe('07:00')
    expect(instantTimeIso(instant, 'WITA')).toBe('08:00')
    expect(instantTimeIso(instant, 'WIT')).toBe('09:00')
  })
})

describe('parseIsoDate and isValidIsoDate', () => {
  it('splits a date into numbers', () => {
    expect(parseIsoDate('2026-03-09')).toEqual({ year: 2026, month: 3, day: 9 })
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 })
  })

  it.each(['2026-03-09', '2024-02-29', '2000-02-29', '2026-12-31', '2026-01-01', '0001-01-01'])(
    'accepts %s',
    (s) => {
      expect(isValidIsoDate(s)).toBe(true)
    },
  )

  it.each(['1900-02-29', '2100-02-29', ...BAD_DATES])('rejects %j', (s) => {
    expect(isValidIsoDate(s)).toBe(false)
    expect(() => parseIsoDate(s)).toThrow(RangeError)
  })
})

describe('daysInMonth', () => {
  it.each([
    [2026, 1, 31],
    [2026, 2, 28],
    [2024, 2, 29],
    [2000, 2, 29],
    [1900, 2, 28],
    [2026, 4, 30],
    [2026, 6, 30],
    [2026, 9, 30],
    [2026, 11, 30],
    [2026, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days)
  })

  it.each([
    [2026, 0],
    [2026, 13],
    [2026, 1.5],
    [2026.5, 1],
  ])('throws RangeError for %s-%s', (year, month) => {
    expect(() => daysInMonth(year, month)).toThrow(RangeError)
  })
})

describe('dayNameId', () => {
  it.each([
    ['2026-03-08', 'Minggu'],
    ['2026-03-09', 'Senin'],
    ['2026-03-10', 'Selasa'],
    ['2026-03-11', 'Rabu'],
    ['2026-03-12', 'Kamis'],
    ['2026-03-13', 'Jumat'],
    ['2026-03-14', 'Sabtu'],
    ['2022-05-27', 'Jumat'],
    ['2024-02-29', 'Kamis'],
    ['2000-02-29', 'Selasa'],
    ['1970-01-01', 'Kamis'],
    ['1969-12-31', 'Rabu'],
    ['1945-08-17', 'Jumat'],
    ['0001-01-01', 'Senin'],
    ['9999-12-31', 'Jumat'],
  ])('%s is %s', (iso, day) => {
    expect(dayNameId(iso)).toBe(day)
  })

  it('throws RangeError for an invalid date', () => {
    expect(() => dayNameId('2026-02-30')).toThrow(RangeError)
  })
})

describe('formatDateId and formatDayDateId', () => {
  it.each([
    ['2026-03-09', '9 Maret 2026', 'Senin, 9 Maret 2026'],
    ['2022-05-27', '27 Mei 2022', 'Jumat, 27 Mei 2022'],
    ['2026-01-01', '1 Januari 2026', 'Kamis, 1 Januari 2026'],
    ['2026-12-31', '31 Desember 2026', 'Kamis, 31 Desember 2026'],
    ['2024-02-29', '29 Februari 2024', 'Kamis, 29 Februari 2024'],
    ['2026-08-17', '17 Agustus 2026', 'Senin, 17 Agustus 2026'],
  ])('%s → %s / %s', (iso, date, dayDate) => {
    expect(formatDateId(iso)).toBe(date)
    expect(formatDayDateId(iso)).toBe(dayDate)
  })

  it('throws RangeError for an invalid date', () => {
    expect(() => formatDateId('2026-02-30')).toThrow(RangeError)
    expect(() => formatDayDateId('9 Maret 2026')).toThrow(RangeError)
  })
})

describe('formatTimeId and formatTimeRangeId', () => {
  it('uses a dot between hours and minutes', () => {
    expect(formatTimeId('09:00')).toBe('09.00')
    expect(formatTimeId('13:30')).toBe('13.30')
    expect(formatTimeId('00:00')).toBe('00.00')
    expect(formatTimeId('23:59')).toBe('23.59')
  })

  it('appends the time zone when given', () => {
    expect(formatTimeId('09:00', 'WIB')).toBe('09.00 WIB')
    expect(formatTimeId('09:00', 'WITA')).toBe('09.00 WITA')
    expect(formatTimeId('19:45', 'WIT')).toBe('19.45 WIT')
  })

  it('writes the zone once after a range', () => {
    expect(formatTimeRangeId('09:00', '13:00', 'WITA')).toBe('09.00 s.d. 13.00 WITA')
    expect(formatTimeRangeId('09:00', '13:30', 'WIB')).toBe('09.00 s.d. 13.30 WIB')
  })

  it.each(['9:00', '24:00', '09:60', '09.00', '', '09:00:00'])('rejects %j', (t) => {
    expect(() => formatTimeId(t)).toThrow(RangeError)
    expect(() => formatTimeRangeId(t, '13:00', 'WIB')).toThrow(RangeError)
    expect(() => formatTimeRangeId('08:00', t, 'WIB')).toThrow(RangeError)
  })
})

describe('dateInWordsId and openingDateSentenceId', () => {
  it('spells out each part of the date', () => {
    expect(dateInWordsId('2026-03-09')).toEqual({
      day: 'Senin',
      date: 'sembilan',
      month: 'Maret',
      year: 'dua ribu dua puluh enam',
    })
    expect(dateInWordsId('2022-05-27')).toEqual({
      day: 'Jumat',
      date: 'dua puluh tujuh',
      month: 'Mei',
      year: 'dua ribu dua puluh dua',
    })
    expect(dateInWordsId('2025-11-11')).toEqual({
      day: 'Selasa',
      date: 'sebelas',
      month: 'November',
      year: 'dua ribu dua puluh lima',
    })
    expect(dateInWordsId('1999-12-31').year).toBe('seribu sembilan ratus sembilan puluh sembilan')
  })

  it('builds the berita acara opening', () => {
    expect(openingDateSentenceId('2026-03-09')).toBe(
      'Pada hari ini Senin tanggal sembilan bulan Maret tahun dua ribu dua puluh enam',
    )
    expect(openingDateSentenceId('2022-05-27')).toBe(
      'Pada hari ini Jumat tanggal dua puluh tujuh bulan Mei tahun dua ribu dua puluh dua',
    )
    expect(openingDateSentenceId('2026-10-01')).toBe(
      'Pada hari ini Kamis tanggal satu bulan Oktober tahun dua ribu dua puluh enam',
    )
  })

  it('throws RangeError for an invalid date', () => {
    expect(() => dateInWordsId('2026-02-30')).toThrow(RangeError)
    expect(() => openingDateSentenceId('')).toThrow(RangeError)
  })
})

describe('placeDateLine', () => {
  it('joins the city and the date', () => {
    expect(placeDateLine('Kupang', '2026-03-09')).toBe('Kupang, 9 Maret 2026')
    expect(placeDateLine('Kupang', '2022-05-27')).toBe('Kupang, 27 Mei 2022')
  })

  it('tidies the spaces of the city', () => {
    expect(placeDateLine('  Soe \u00a0 Timor  ', '2026-03-09')).toBe('Soe Timor, 9 Maret 2026')
  })

  it('throws RangeError for an invalid date', () => {
    expect(() => placeDateLine('Kupang', '2026-02-30')).toThrow(RangeError)
  })
})

describe('isValidTime', () => {
  it.each(['00:00', '09:00', '12:30', '23:59', '19:05'])('accepts %s', (t) => {
    expect(isValidTime(t)).toBe(true)
  })

  it.each(['24:00', '9:00', '09:60', '09.00', '0900', '', ' 09:00', '09:00 ', '-1:00', '24:30'])(
    'rejects %j',
    (t) => {
      expect(isValidTime(t)).toBe(false)
    },
  )
})

describe('timeToMinutes and minutesToTime', () => {
  it.each([
    ['00:00', 0],
    ['00:01', 1],
    ['09:00', 540],
    ['13:30', 810],
    ['23:59', 1439],
    ['24:00', 1440],
    ['24:30', 1470],
    ['100:00', 6000],
  ])('%s ↔ %i', (t, m) => {
    expect(timeToMinutes(t)).toBe(m)
    expect(minutesToTime(m)).toBe(t)
  })

  it('reads back its own output past midnight without wrapping', () => {
    expect(minutesToTime(1450)).toBe('24:10')
    expect(timeToMinutes(minutesToTime(1450))).toBe(1450)
  })

  it.each(['9:00', '09:60', '09.00', '', 'ab:cd', '-01:00'])('timeToMinutes rejects %j', (t) => {
    expect(() => timeToMinutes(t)).toThrow(RangeError)
  })

  it.each([-1, 1.5, Number.NaN])('minutesToTime rejects %s', (m) => {
    expect(() => minutesToTime(m)).toThrow(RangeError)
  })
})

describe('compareTime', () => {
  it('orders times', () => {
    expect(compareTime('09:00', '13:00')).toBe(-1)
    expect(compareTime('13:00', '09:00')).toBe(1)
    expect(compareTime('09:00', '09:00')).toBe(0)
    expect(compareTime('23:59', '24:00')).toBe(-1)
  })

  it('works as a sort comparator', () => {
    expect(['13:30', '09:00', '10:15', '08:05'].sort(compareTime)).toEqual([
      '08:05',
      '09:00',
      '10:15',
      '13:30',
    ])
  })

  it('throws RangeError for an invalid time', () => {
    expect(() => compareTime('9:00', '10:00')).toThrow(RangeError)
  })
})

describe('addMinutesToTime', () => {
  it.each([
    ['09:00', 30, '09:30'],
    ['09:45', 30, '10:15'],
    ['09:00', 0, '09:00'],
    ['09:00', 270, '13:30'],
    ['10:00', -15, '09:45'],
    ['23:30', 40, '24:10'],
  ])('%s + %i → %s', (t, m, result) => {
    expect(addMinutesToTime(t, m)).toBe(result)
  })

  it('throws RangeError before midnight of the day and for fractional minutes', () => {
    expect(() => addMinutesToTime('00:10', -11)).toThrow(RangeError)
    expect(() => addMinutesToTime('09:00', 1.5)).toThrow(RangeError)
    expect(() => addMinutesToTime('9:00', 5)).toThrow(RangeError)
  })
})

describe('todayIso', () => {
  it('is the date on the wall clocks of each zone near midnight', () => {
    // 16:30Z is 23:30 WIB, 00:30 WITA and 01:30 WIT.
    const now = new Date('2026-03-08T16:30:00Z')
    expect(todayIso(now, 'WIB')).toBe('2026-03-08')
    expect(todayIso(now, 'WITA')).toBe('2026-03-09')
    expect(todayIso(now, 'WIT')).toBe('2026-03-09')
  })

  it('changes date exactly at local midnight', () => {
    expect(todayIso(new Date('2026-03-08T16:59:59.999Z'), 'WIB')).toBe('2026-03-08')
    expect(todayIso(new Date('2026-03-08T17:00:00Z'), 'WIB')).toBe('2026-03-09')
    expect(todayIso(new Date('2026-03-08T15:59:59.999Z'), 'WITA')).toBe('2026-03-08')
    expect(todayIso(new Date('2026-03-08T16:00:00Z'), 'WITA')).toBe('2026-03-09')
    expect(todayIso(new Date('2026-03-08T14:59:59.999Z'), 'WIT')).toBe('2026-03-08')
    expect(todayIso(new Date('2026-03-08T15:00:00Z'), 'WIT')).toBe('2026-03-09')
  })

  it('rolls over months and years', () => {
    expect(todayIso(new Date('2025-12-31T17:00:00Z'), 'WIB')).toBe('2026-01-01')
    expect(todayIso(new Date('2025-12-31T16:59:00Z'), 'WIB')).toBe('2025-12-31')
    expect(todayIso(new Date('2024-02-28T20:00:00Z'), 'WIT')).toBe('2024-02-29')
    expect(todayIso(new Date('2026-02-28T20:00:00Z'), 'WIT')).toBe('2026-03-01')
  })

  it('throws RangeError for an invalid Date', () => {
    expect(() => todayIso(new Date('nonsense'), 'WIB')).toThrow(RangeError)
  })
})

describe('addDaysIso', () => {
  it.each([
    ['2026-03-09', 0, '2026-03-09'],
    ['2026-03-09', 1, '2026-03-10'],
    ['2026-03-09', -9, '2026-02-28'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2026-01-31', 30, '2026-03-02'],
    ['2026-03-09', 365, '2027-03-09'],
    ['2024-01-01', 366, '2025-01-01'],
    ['1969-12-31', 1, '1970-01-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['1900-02-28', 1, '1900-03-01'],
  ])('%s %+i days → %s', (iso, n, result) => {
    expect(addDaysIso(iso, n)).toBe(result)
  })

  it('throws RangeError for invalid input and results outside years 1..9999', () => {
    expect(() => addDaysIso('2026-02-30', 1)).toThrow(RangeError)
    expect(() => addDaysIso('2026-03-09', 0.5)).toThrow(RangeError)
    expect(() => addDaysIso('9999-12-31', 1)).toThrow(RangeError)
    expect(() => addDaysIso('0001-01-01', -1)).toThrow(RangeError)
  })
})

describe('diffDaysIso', () => {
  it.each([
    ['2026-03-09', '2026-03-09', 0],
    ['2026-03-09', '2026-03-10', 1],
    ['2026-03-10', '2026-03-09', -1],
    ['2026-01-01', '2026-12-31', 364],
    ['2024-01-01', '2025-01-01', 366],
    ['2026-02-28', '2026-03-01', 1],
    ['2024-02-28', '2024-03-01', 2],
    ['1945-08-17', '2026-03-09', 29424],
  ])('%s → %s is %i days', (a, b, days) => {
    expect(diffDaysIso(a, b)).toBe(days)
  })

  it('throws RangeError for an invalid date', () => {
    expect(() => diffDaysIso('2026-02-30', '2026-03-01')).toThrow(RangeError)
    expect(() => diffDaysIso('2026-03-01', '')).toThrow(RangeError)
  })
})

describe('lastDayOfMonthIso', () => {
  it.each([
    [2026, 1, '2026-01-31'],
    [2026, 2, '2026-02-28'],
    [2024, 2, '2024-02-29'],
    [2100, 2, '2100-02-28'],
    [2026, 3, '2026-03-31'],
    [2026, 6, '2026-06-30'],
    [2026, 9, '2026-09-30'],
    [2026, 12, '2026-12-31'],
  ])('%i-%i → %s', (year, month, iso) => {
    expect(lastDayOfMonthIso(year, month)).toBe(iso)
  })

  it.each([
    [2026, 0],
    [2026, 13],
    [0, 1],
    [10000, 1],
    [2026.5, 1],
  ])('throws RangeError for %s-%s', (year, month) => {
    expect(() => lastDayOfMonthIso(year, month)).toThrow(RangeError)
  })
})

describe('instantTimeIso', () => {
  it('reads a UTC-stored instant on each Indonesian clock', () => {
    const instant = '2026-03-09T01:07:00.000Z'
    expect(instantTimeIso(instant, 'WIB')).toBe('08:07')
    expect(instantTimeIso(instant, 'WITA')).toBe('09:07')
    expect(instantTimeIso(instant, 'WIT')).toBe('10:07')
  })

  it('gives the same wall-clock time for an instant stored with the zone offset', () => {
    expect(instantTimeIso('2026-03-09T09:07:00+08:00', 'WITA')).toBe('09:07')
    expect(instantTimeIso('2026-03-09T09:07:00+08:00', 'WIB')).toBe('08:07')
  })

  it('refuses text that is not an instant', () => {
    expect(() => instantTimeIso('09:07', 'WIB')).toThrow(RangeError)
  })
})

describe('fileStamp', () => {
  it('stamps a file with the date and time on the organisation clock, across midnight', () => {
    const at = new Date('2026-03-08T16:30:05.000Z')
    expect(fileStamp(at, 'WIB')).toBe('2026-03-08-233005')
    expect(fileStamp(at, 'WITA')).toBe('2026-03-09-003005')
    expect(fileStamp(at, 'WIT')).toBe('2026-03-09-013005')
  })

  it('pads every field, so stamps sort by time as text', () => {
    const stamps = [
      '2026-10-01T02:00:00Z',
      '2026-01-09T23:59:59Z',
      '2026-01-09T01:02:03Z',
      '2026-01-09T01:02:04Z',
    ].map((instant) => fileStamp(new Date(instant), 'WIB'))
    expect(stamps[2]).toBe('2026-01-09-080203')
    expect([...stamps].sort()).toEqual([stamps[2], stamps[3], stamps[1], stamps[0]])
  })

  it('refuses an invalid date', () => {
    expect(() => fileStamp(new Date('nonsense'), 'WIB')).toThrow(RangeError)
  })
})

describe('formatInstantId', () => {
  it('names the date and time on the organisation clock, across midnight', () => {
    expect(formatInstantId('2026-03-08T16:30:00.000Z', 'WITA')).toBe('9 Maret 2026 00.30')
    expect(formatInstantId('2026-03-08T16:30:00.000Z', 'WIB')).toBe('8 Maret 2026 23.30')
  })

  it('prints the time alone, or with its zone, on the same clock', () => {
    const checkedIn = '2026-03-09T00:41:00.000Z'
    expect(formatInstantId(checkedIn, 'WITA', 'time')).toBe('08.41')
    expect(formatInstantId(checkedIn, 'WITA', 'time-with-zone')).toBe('08.41 WITA')
    expect(formatInstantId(checkedIn, 'WIT', 'time-with-zone')).toBe('09.41 WIT')
    expect(formatInstantId(checkedIn, 'WIB', 'date-time')).toBe('9 Maret 2026 07.41')
  })

  it('refuses text that is not an instant', () => {
    expect(() => formatInstantId('kemarin', 'WIB')).toThrow(RangeError)
  })
})

describe('timeZoneForOffset', () => {
  it('maps the three Indonesian offsets and falls back to WIB', () => {
    expect(timeZoneForOffset(420)).toBe('WIB')
    expect(timeZoneForOffset(480)).toBe('WITA')
    expect(timeZoneForOffset(540)).toBe('WIT')
    expect(timeZoneForOffset(0)).toBe('WIB')
  })
})

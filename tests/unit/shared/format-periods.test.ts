import { describe, it, expect } from 'vitest'
import { resolveDeadline } from '../../../src/shared/format/periods'

function ok(date: string, label: string | null) {
  return { ok: true, date, label }
}

const UNRECOGNISED = { ok: false, reason: 'unrecognised' }

describe('resolveDeadline: plain dates', () => {
  it.each([
    ['2026-04-30', '2026-04-30'],
    ['2024-02-29', '2024-02-29'],
    ['  2026-04-30 ', '2026-04-30'],
    ['30 April 2026', '2026-04-30'],
    ['30 Juni 2026', '2026-06-30'],
    ['1 januari 2027', '2027-01-01'],
    ['9 MARET 2026', '2026-03-09'],
    ['09  Maret   2026', '2026-03-09'],
    ['17 Agustus 2026', '2026-08-17'],
    ['17 Agt 2026', '2026-08-17'],
    ['30 Nopember 2026', '2026-11-30'],
    ['31 Des. 2026', '2026-12-31'],
    ['30/04/2026', '2026-04-30'],
    ['1-7-2026', '2026-07-01'],
    ['31.12.2026', '2026-12-31'],
    ['Paling lambat 30 Juni 2026', '2026-06-30'],
    ['selambat-lambatnya 2026-05-31', '2026-05-31'],
  ])('%j → %s', (input, date) => {
    expect(resolveDeadline(input)).toEqual(ok(date, null))
  })

  it.each([
    '2026-02-30',
    '2025-02-29',
    '2026-13-01',
    '31 April 2026',
    '29 Februari 2026',
    '30/13/2026',
    '32 Mei 2026',
    '30 Juno 2026',
    'Akhir 30 Juni 2026',
  ])('rejects the impossible date %j', (input) => {
    expect(resolveDeadline(input)).toEqual(UNRECOGNISED)
  })
})

describe('resolveDeadline: quarters', () => {
  it.each([
    ['Triwulan I 2026', '2026-03-31', 'Triwulan I 2026'],
    ['Triwulan II 2026', '2026-06-30', 'Triwulan II 2026'],
    ['Triwulan III 2026', '2026-09-30', 'Triwulan III 2026'],
    ['Triwulan IV 2026', '2026-12-31', 'Triwulan IV 2026'],
    ['TW III 2026', '2026-09-30', 'Triwulan III 2026'],
    ['tw-iii 2026', '2026-09-30', 'Triwulan III 2026'],
    ['Triwulan 3 2026', '2026-09-30', 'Triwulan III 2026'],
    ['Triwulan ke-3 2026', '2026-09-30', 'Triwulan III 2026'],
    ['Triwulan III Tahun 2026', '2026-09-30', 'Triwulan III 2026'],
    ['  triwulan   iii   2026  ', '2026-09-30', 'Triwulan III 2026'],
    ['TRIWULAN 1 2027', '2027-03-31', 'Triwulan I 2027'],
    ['Kuartal II 2026', '2026-06-30', 'Triwulan II 2026'],
    ['Q4 2026', '2026-12-31', 'Triwulan IV 2026'],
    ['Akhir Triwulan II 2026', '2026-06-30', 'Akhir Triwulan II 2026'],
  ])('%j → %s (%s)', (input, date, label) => {
    expect(resolveDeadline(input)).toEqual(ok(date, label))
  })

  it.each([
    'Triwulan V 2026',
    'Triwulan 5 2026',
    'Triwulan 0 2026',
    'Triwulan III',
    'Triwulan 2026',
  ])('rejects %j', (input) => {
    expect(resolveDeadline(input)).toEqual(UNRECOGNISED)
  })
})

describe('resolveDeadline: semesters', () => {
  it.each([
    ['Semester I 2026', '2026-06-30', 'Semester I 2026'],
    ['Semester II 2026', '2026-12-31', 'Semester II 2026'],
    ['semester 1 2026', '2026-06-30', 'Semester I 2026'],
    ['Semester 2 Tahun 2026', '2026-12-31', 'Semester II 2026'],
    ['Semester ke-2 2026', '2026-12-31', 'Semester II 2026'],
    ['Akhir Semester I 2026', '2026-06-30', 'Akhir Semester I 2026'],
  ])('%j → %s (%s)', (input, date, label) => {
    expect(resolveDeadline(input)).toEqual(ok(date, label))
  })

  it.each(['Semester III 2026', 'Semester 3 2026', 'Semester I'])('rejects %j', (input) => {
    expect(resolveDeadline(input)).toEqual(UNRECOGNISED)
  })
})

describe('resolveDeadline: years', () => {
  it.each([
    ['Tahun 2026', '2026-12-31', 'Tahun 2026'],
    ['Akhir Tahun 2026', '2026-12-31', 'Akhir Tahun 2026'],
    ['akhir   tahun 2026.', '2026-12-31', 'Akhir Tahun 2026'],
    ['Tahun Anggaran 2027', '2027-12-31', 'Tahun 2027'],
    ['TA 2027', '2027-12-31', 'Tahun 2027'],
    ['2026', '2026-12-31', 'Tahun 2026'],
  ])('%j → %s (%s)', (input, date, label) => {
    expect(resolveDeadline(input)).toEqual(ok(date, label))
  })

  it.each(['Tahun', 'Tahun 26', 'Tahun 0999', 'Akhir Tahun'])('rejects %j', (input) => {
    expect(resolveDeadline(input)).toEqual(UNRECOGNISED)
  })
})

describe('resolveDeadline: months', () => {
  it.each([
    ['Juni 2026', '2026-06-30', 'Juni 2026'],
    ['Akhir Juni 2026', '2026-06-30', 'Akhir Juni 2026'],
    ['februari 2024', '2024-02-29', 'Februari 2024'],
    ['Februari 2026', '2026-02-28', 'Februari 2026'],
    ['Bulan Agustus 2026', '2026-08-31', 'Agustus 2026'],
    ['DES 2026', '2026-12-31', 'Desember 2026'],
    ['Sept 2026', '2026-09-30', 'September 2026'],
    ['Nopember 2026', '2026-11-30', 'November 2026'],
    ['Juni Tahun 2026', '2026-06-30', 'Juni 2026'],
  ])('%j → %s (%s)', (input, date, label) => {
    expect(resolveDeadline(input)).toEqual(ok(date, label))
  })

  it.each(['Juno 2026', 'Juni', 'Akhir Juni', 'Minggu 2026'])('rejects %j', (input) => {
    expect(resolveDeadline(input)).toEqual(UNRECOGNISED)
  })
})

describe('resolveDeadline: unrecognised text', () => {
  it.each([
    '',
    '   ',
    'segera',
    'secepatnya',
    'Triwulan',
    'berkelanjutan',
    '2026-4-30',
    '30 April',
  ])('rejects %j', (input) => {
    expect(resolveDeadline(input)).toEqual(UNRECOGNISED)
  })
})

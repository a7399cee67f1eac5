import { describe, expect, it } from 'vitest'
import { withDerivedStatus } from '@shared/follow-up/rows'
import { tableOf } from '@shared/follow-up/table'
import { row } from './fixtures'

const TODAY = '2026-07-01'

function rows() {
  return [
    row({ unit: 'Sekretariat', person: 'Kasubag', deadline: '2026-06-30' }),
    row({ unit: 'Bidang Perizinan', person: 'Kabid', deadline: null, status: 'dalam_proses' }),
    row({
      unit: 'Sekretariat',
      person: 'Sekretaris',
      deadline: '2026-07-05',
      status: 'selesai',
      priority: 'tinggi',
      progress: 100,
      completedDate: '2026-07-01',
      deadlineLabel: 'Juli 2026',
      forumId: 'forum-2',
      forumTitle: 'FKP Pengaduan',
      forumDate: '2026-05-01',
    }),
    row({ unit: '', person: '', deadline: '2026-07-03' }),
  ]
}

describe('dashboard table', () => {
  it('gives back every row as it went in, with its status on today', () => {
    const source = rows()
    const table = tableOf(source, TODAY)
    expect(table.rows()).toEqual(withDerivedStatus(source, TODAY))
    expect(table.row(0).derived).toBe('terlambat')
  })

  it('keeps each unit, person and date once, however many rows share it', () => {
    const table = tableOf([...rows(), ...rows(), ...rows()], TODAY)
    const { strings } = table.columns
    expect(new Set(strings).size).toBe(strings.length)
    expect(strings.filter((s) => s === 'Sekretariat')).toHaveLength(1)
    expect(table.columns.forums).toHaveLength(2)
    expect(table.unit(4)).toBe('Sekretariat')
  })

  it('lists the units, the people of a unit and the forums newest first', () => {
    const table = tableOf(rows(), TODAY)
    expect(table.units()).toEqual(['Bidang Perizinan', 'Sekretariat'])
    expect(table.people('Sekretariat')).toEqual(['Kasubag', 'Sekretaris'])
    expect(table.people('Tidak ada')).toEqual([])
    expect(table.forums().map((f) => f.id)).toEqual(['forum-2', 'forum-1'])
  })

  it('finds the open rows with a deadline, of one unit when asked', () => {
    const table = tableOf(rows(), TODAY)
    expect(table.openDated()).toEqual([0, 3])
    expect(table.openDated('Sekretariat')).toEqual([0])
  })
})

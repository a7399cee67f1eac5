import { describe, expect, it } from 'vitest'
import { strFromU8, unzipSync } from 'fflate'
import { buildSampleForum } from '@shared/sample'
import { buildMonitoringDocx } from '@shared/documents/monitoring'
import { monitoringFigures, selectMonitoringRows } from '@shared/follow-up/monitoring'
import { row } from './fixtures'
import { createRaster, encodePng } from '@shared/documents/png'

const PNG = encodePng(createRaster(2, 2))

const rows = [
  row({
    unit: 'Sekretariat',
    plan: 'Ramp',
    status: 'selesai',
    progress: 100,
    completedDate: '2026-06-22',
  }),
  row({
    unit: 'Sekretariat',
    plan: 'Bimtek',
    status: 'dalam_proses',
    progress: 50,
    deadline: '2026-12-15',
  }),
  row({
    unit: 'Sekretariat',
    plan: 'Lama',
    status: 'selesai',
    progress: 100,
    completedDate: '2025-12-01',
  }),
  row({ unit: 'Sekretariat', plan: 'Nanti', forumDate: '2027-02-01' }),
  row({ unit: 'Sekretariat', plan: 'Telat', status: 'belum_dimulai', deadline: '2026-05-31' }),
  row({ unit: 'Bidang Perizinan', plan: 'Lain' }),
]

describe('monitoring report figures', () => {
  it('selects the unit’s items that were open during the period', () => {
    const selected = selectMonitoringRows(rows, {
      unit: 'Sekretariat',
      from: '2026-01-01',
      to: '2026-12-31',
    })
    expect(selected.map((r) => r.plan)).toEqual(['Telat', 'Ramp', 'Bimtek'])
  })

  it('counts totals, the share completed, late items and the average days', () => {
    const selected = selectMonitoringRows(rows, {
      unit: 'Sekretariat',
      from: '2026-01-01',
      to: '2026-12-31',
    })
    expect(monitoringFigures(selected, '2026-11-23')).toEqual({
      total: 3,
      selesai: 1,
      dalamProses: 1,
      belumDimulai: 1,
      tidakDapat: 0,
      terlambat: 1,
      percentSelesai: (1 / 3) * 100,
      // 9 March → 22 June 2026
      averageDays: 105,
    })
    expect(monitoringFigures([], '2026-11-23')).toMatchObject({
      percentSelesai: 0,
      averageDays: null,
    })
  })
})

describe('Laporan Monitoring Tindak Lanjut (DOCX)', () => {
  it('states the items, evidence, totals and the signature, with the photo embedded', async () => {
    const { organisation } = buildSampleForum({ newId: () => crypto.randomUUID(), now: new Date() })
    const selected = selectMonitoringRows(rows, {
      unit: 'Sekretariat',
      from: '2026-01-01',
      to: '2026-12-31',
    })
    const bytes = await buildMonitoringDocx({
      profile: organisation!,
      scope: { unit: 'Sekretariat', from: '2026-01-01', to: '2026-12-31' },
      reportDate: '2026-11-23',
      entries: selected.map((r) => ({
        row: r,
        realisasi: r.plan === 'Ramp' ? 'Ramp 7,2 m selesai dibangun' : '',
        statusReason: '',
        evidence: r.plan === 'Ramp' ? [{ name: 'ramp.png', date: '2026-06-22', bytes: PNG }] : [],
      })),
    })
    const files = unzipSync(bytes)
    const text = strFromU8(files['word/document.xml']!).replace(/<[^>]+>/g, '')
    expect(text).toContain('LAPORAN MONITORING TINDAK LANJUT')
    expect(text).toContain('Periode: 1 Januari 2026 s.d. 31 Desember 2026')
    expect(text).toContain('Ramp 7,2 m selesai dibangun')
    expect(text).toContain('ramp.png (22 Juni 2026)')
    expect(text).toContain('Terlambat (0%)')
    expect(text).toContain('33,33%')
    expect(text).toContain('105,0 hari')
    expect(text).toContain('Kupang, 23 November 2026')
    expect(text).toContain(organisation!.head.name)
    expect(Object.keys(files).filter((name) => name.startsWith('word/media/'))).toHaveLength(1)
  })
})

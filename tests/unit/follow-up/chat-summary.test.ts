import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { buildChatSummary, reminderLists, type Translate } from '@shared/follow-up/chat-summary'
import { isReminderDue } from '@shared/follow-up/reminders'
import { row } from './fixtures'

const dictionary = JSON.parse(
  readFileSync(join(__dirname, '../../../src/shared/i18n/locales/id/followUp.json'), 'utf8'),
) as Record<string, unknown>

/** The Indonesian texts through i18next itself (plural forms included), as people will read them. */
const i18n = i18next.createInstance()
await i18n.init({
  lng: 'id',
  resources: { id: { followUp: dictionary } },
  defaultNS: 'followUp',
  interpolation: { escapeValue: false },
})
const t: Translate = (key, values) => i18n.t(key, values)

const TODAY = '2026-11-23'
const rows = [
  row({ plan: 'Verifikasi NIK elektronik', unit: 'Bidang Perizinan', deadline: '2026-06-30' }),
  row({
    plan: 'Memangkas waktu izin',
    unit: 'Bidang Perizinan',
    deadline: '2026-09-30',
    deadlineLabel: 'Triwulan III 2026',
    status: 'dalam_proses',
  }),
  row({
    plan: 'Bimtek OSS RBA',
    unit: 'Sekretariat',
    deadline: '2026-11-27',
    status: 'dalam_proses',
  }),
  row({ plan: 'Bimtek lanjutan', unit: 'Sekretariat', deadline: '2026-12-15' }),
  row({
    plan: 'Ramp',
    unit: 'Sekretariat',
    deadline: '2026-06-30',
    status: 'selesai',
    progress: 100,
    completedDate: '2026-06-22',
  }),
]

describe('chat summary', () => {
  it('lists the overdue items with days late, then the items due soon', () => {
    const text = buildChatSummary(
      { ...reminderLists(rows, TODAY, 7), today: TODAY, days: 7, unit: '' },
      t,
    )
    expect(text).toBe(
      [
        '*Ringkasan Tindak Lanjut per 23 November 2026*',
        'Semua unit',
        '',
        'TERLAMBAT (2):',
        '1. Verifikasi NIK elektronik — Bidang Perizinan; batas waktu 30 Juni 2026 (terlambat 146 hari)',
        '2. Memangkas waktu izin — Bidang Perizinan; batas waktu Triwulan III 2026 (terlambat 54 hari)',
        '',
        'JATUH TEMPO DALAM 7 HARI (1):',
        '1. Bimtek OSS RBA — Sekretariat; batas waktu 27 November 2026 (4 hari lagi)',
      ].join('\n'),
    )
  })

  it('says so when nothing is late or due, and cuts long lists', () => {
    const calm = buildChatSummary(
      { overdue: [], dueSoon: [], today: TODAY, days: 7, unit: 'Sekretariat' },
      t,
    )
    expect(calm).toContain('Unit: Sekretariat')
    expect(calm).toContain('Tidak ada rencana aksi yang terlambat')
    const many = Array.from({ length: 5 }, () => row({ deadline: '2026-01-31' }))
    const cut = buildChatSummary(
      { overdue: many, dueSoon: [], today: TODAY, days: 7, unit: '', maxLines: 3 },
      t,
    )
    expect(cut).toContain('… dan 2 lainnya')
    expect(cut.match(/^\d+\. /gm)).toHaveLength(3)
  })
})

describe('reminders', () => {
  it('are due once a day', () => {
    expect(isReminderDue(undefined, TODAY)).toBe(true)
    expect(isReminderDue('2026-11-22', TODAY)).toBe(true)
    expect(isReminderDue(TODAY, TODAY)).toBe(false)
  })
})

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ValidationError } from '@renderer/db'
import { buildSampleForum } from '@shared/sample'
import { openTestRepositories } from '../db/test-db'
import { createRaster, encodePng } from '@shared/documents/png'

const PNG = encodePng(createRaster(2, 2))
// 23 November 2026, 09.00 WITA
const NOW = new Date('2026-11-23T01:00:00Z')

let env: ReturnType<typeof openTestRepositories>

beforeEach(async () => {
  env = openTestRepositories(NOW)
  const sample = buildSampleForum({ newId: () => crypto.randomUUID(), now: NOW })
  await env.repositories.datasets.loadSample(sample, { keepOrganisation: false })
})

afterEach(async () => {
  await env.dispose()
})

async function itemByPlan(start: string) {
  const rows = await env.repositories.actionItems.listRows()
  const row = rows.find((r) => r.plan.startsWith(start))
  if (!row) throw new Error(`no item ${start}`)
  return row
}

describe('action item rows', () => {
  it('carry the forum title, kind and date for the dashboard', async () => {
    const rows = await env.repositories.actionItems.listRows()
    expect(rows).toHaveLength(6)
    expect(rows[0]).toMatchObject({
      forumTitle: expect.stringContaining('Standar Pelayanan Perizinan Berusaha'),
      forumKind: 'fkp',
      forumDate: '2026-03-09',
    })
  })

  it('load for the dashboard with every sort order and search key prepared', async () => {
    const { table, keys } = await env.repositories.actionItems.loadDashboard('2026-11-23')
    const rows = table.rows()
    expect(rows.filter((r) => r.derived === 'terlambat')).toHaveLength(2)
    expect(rows).toEqual(
      (await env.repositories.actionItems.listRows()).map((row) =>
        expect.objectContaining({ ...row }),
      ),
    )
    const byDeadline = Array.from(keys.orders.deadline, (i) => table.deadline(i))
    expect(byDeadline).toEqual([...byDeadline].sort())
    expect(keys.searchKeys.plans).toHaveLength(rows.length)
    expect(keys.searchKeys.plans.some((key) => key.includes('ramp'))).toBe(true)
  })

  it('finds the open items due by a date through the status index', async () => {
    const due = await env.repositories.actionItems.openDueBy('2026-11-30')
    expect(due.map((r) => r.deadline).sort()).toEqual(['2026-06-30', '2026-09-30'])
    const scoped = await env.repositories.actionItems.openDueBy('2026-12-31', 'Sekretariat DPMPTSP')
    expect(scoped.map((r) => r.deadline)).toEqual(['2026-12-15'])
  })
})

describe('progress updates', () => {
  it('write the update, its evidence and the item’s new state together', async () => {
    const row = await itemByPlan('Menyelenggarakan bimbingan teknis')
    await env.repositories.progress.add({
      actionItemId: row.id,
      date: '2026-11-20',
      progress: 90,
      status: 'selesai',
      realisasi: 'Angkatan II selesai.',
      reason: '',
      author: 'Drs. Agustinus Nenobais',
      evidence: [{ name: 'foto.png', bytes: PNG }],
    })
    const item = await env.repositories.actionItems.get(row.id)
    expect(item).toMatchObject({
      status: 'selesai',
      progress: 100,
      realisasi: 'Angkatan II selesai.',
      completedDate: '2026-11-20',
    })
    const log = await env.repositories.progress.listForItem(row.id)
    expect(log.map((e) => e.update.date)).toEqual(['2026-11-20', '2026-10-20'])
    expect(log[0]!.attachments).toMatchObject([
      { name: 'foto.png', mime: 'image/png', size: PNG.byteLength, takenOn: '2026-11-20' },
    ])
  })

  it('keep the reason when an item cannot be carried out, and reopen a finished one', async () => {
    const row = await itemByPlan('Mengajukan hak akses')
    await env.repositories.progress.add({
      actionItemId: row.id,
      date: '2026-11-23',
      progress: 0,
      status: 'tidak_dapat_dilaksanakan',
      realisasi: '',
      reason: 'Hak akses ditolak Ditjen Dukcapil.',
      author: '',
      evidence: [],
    })
    expect(await env.repositories.actionItems.get(row.id)).toMatchObject({
      status: 'tidak_dapat_dilaksanakan',
      statusReason: 'Hak akses ditolak Ditjen Dukcapil.',
      completedDate: null,
    })
  })

  it('refuse bad input naming each field, and write nothing', async () => {
    const row = await itemByPlan('Menyelenggarakan bimbingan teknis')
    const attempt = env.repositories.progress.add({
      actionItemId: row.id,
      date: '2026-11-24',
      progress: 150,
      status: 'selesai',
      realisasi: '',
      reason: '',
      author: '',
      evidence: [{ name: 'x.exe', bytes: new TextEncoder().encode('MZ') }],
    })
    await expect(attempt).rejects.toBeInstanceOf(ValidationError)
    await expect(attempt).rejects.toMatchObject({
      problems: [
        { path: 'date', code: 'date_in_future' },
        { path: 'progress', code: 'percent_range' },
        { path: 'realisasi', code: 'realisasi_required' },
        { path: 'evidence.0', code: 'evidence_type' },
      ],
    })
    expect(await env.repositories.progress.listForItem(row.id)).toHaveLength(1)
    expect(await env.db.attachments.count()).toBe(0)
    expect(await env.repositories.actionItems.get(row.id)).toMatchObject({ status: 'dalam_proses' })
  })
})

import { type Page } from '@playwright/test'
import { expect, test } from './support/test'
import { readFileSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import { FollowUpPage } from './pages/follow-up'
import { tinyPng } from './support/tiny-png'

// The sample forum (9 March 2026, Kupang) has six action items; seen from 23 November 2026 (WITA):
// three finished, two past their deadline (30 June and Triwulan III 2026), one due 15 December.
const PERIZINAN = 'Bidang Pelayanan Perizinan DPMPTSP'
const SEKRETARIAT = 'Sekretariat DPMPTSP'
const NIK = 'Mengajukan hak akses data kependudukan'
const WAKTU = 'Memangkas waktu penyelesaian izin usaha'
const BIMTEK = 'Menyelenggarakan bimbingan teknis KBLI 2020'

async function at(page: Page, isoDateTimeWita: string) {
  await page.clock.setFixedTime(new Date(`${isoDateTimeWita}+08:00`))
}

test.describe('follow-up', () => {
  test('an item turns Terlambat after its deadline, and back when it is finished', async ({
    page,
  }) => {
    const followUp = new FollowUpPage(page)
    await at(page, '2026-06-30T16:00:00')
    await followUp.loadSample()
    await followUp.open()
    await expect(followUp.row(NIK).getByTestId('action-status')).toHaveText('Belum dimulai')
    await followUp.expectCounts({ terlambat: 0, belum_dimulai: 1 })

    // The day after the deadline: late, without anything stored having changed.
    await at(page, '2026-07-01T08:00:00')
    await page.reload()
    await expect(followUp.filters()).toBeEnabled()
    await expect(followUp.row(NIK).getByTestId('action-status')).toHaveText('Terlambat')
    await expect(followUp.row(NIK)).toContainText('terlambat 1 hari')
    await followUp.expectCounts({ terlambat: 1, belum_dimulai: 0 })

    await followUp.openItem(NIK)
    await expect(page.getByTestId('item-status')).toHaveText('Terlambat')
    await followUp.fillProgress({
      status: 'selesai',
      realisasi: 'Perjanjian kerja sama dengan Disdukcapil ditandatangani 1 Juli 2026.',
    })
    await followUp.saveProgress()
    await expect(page.getByTestId('progress-message')).toHaveText('Perkembangan tersimpan.')
    await expect(page.getByTestId('item-status')).toHaveText('Selesai')
    await expect(page.getByTestId('item-progress')).toHaveText('100%')
    await expect(page.getByTestId('log-entry').first()).toContainText('1 Juli 2026 — Selesai, 100%')

    await followUp.open()
    await expect(followUp.row(NIK).getByTestId('action-status')).toHaveText('Selesai')
    await followUp.expectCounts({ terlambat: 0 })
  })

  test('filters and counts agree with the items, and "Unit saya" is remembered', async ({
    page,
  }) => {
    const followUp = new FollowUpPage(page)
    await at(page, '2026-11-23T09:00:00')
    await followUp.loadSample()
    await followUp.open()
    await followUp.expectCounts({
      total: 6,
      selesai: 3,
      terlambat: 2,
      dalam_proses: 1,
      belum_dimulai: 0,
      tidak_dapat_dilaksanakan: 0,
    })
    await expect(followUp.rows()).toHaveCount(6)

    await followUp.filter('Unit', PERIZINAN)
    await followUp.expectCounts({ total: 2, terlambat: 2, selesai: 0 })
    await expect(followUp.rows()).toHaveCount(2)
    await expect(page.getByTestId('result-count')).toHaveText('2 rencana aksi')

    await followUp.filter('Unit', '')
    await followUp.filter('Jatuh tempo', 'within30')
    await expect(followUp.rows()).toHaveCount(1)
    await expect(followUp.rows()).toContainText(BIMTEK)

    await followUp.filter('Jatuh tempo', 'overdue')
    await expect(followUp.rows()).toHaveCount(2)
    await expect(followUp.rows().first()).toContainText(NIK)

    await followUp.filter('Jatuh tempo', '')
    const finished = page
      .getByRole('group', { name: 'Jumlah per status' })
      .getByRole('button', { name: /^Selesai / })
    await finished.click()
    await expect(followUp.rows()).toHaveCount(3)
    await expect(followUp.rows().getByTestId('action-status')).toHaveText([
      'Selesai',
      'Selesai',
      'Selesai',
    ])
    await finished.click()

    await followUp.filter('Cari', 'ramp')
    await expect(followUp.rows()).toHaveCount(1)
    await followUp.filter('Cari', '')
    await followUp.filter('Batas waktu dari', '2026-06-01')
    await followUp.filter('Batas waktu sampai', '2026-06-30')
    await expect(followUp.rows()).toHaveCount(2)
    await followUp.expectCounts({ total: 2, selesai: 1, terlambat: 1 })

    // Sorting by unit puts Bagian Organisasi first.
    await page.getByRole('button', { name: 'Atur ulang filter' }).click()
    await followUp.filter('Urutkan', 'unit')
    await expect(followUp.rows().first()).toContainText('Bagian Organisasi Setda Kota Kupang')

    await followUp.filter('Unit', SEKRETARIAT)
    await page.getByRole('button', { name: 'Jadikan unit saya' }).click()
    await expect(page.getByTestId('my-unit-value')).toHaveText(SEKRETARIAT)
    await page.reload()
    await expect(followUp.filters().getByLabel('Unit', { exact: true })).toHaveValue(SEKRETARIAT)
    await expect(followUp.rows()).toHaveCount(2)
  })

  test('a progress update with an evidence photo appears in the monitoring report', async ({
    page,
  }) => {
    const followUp = new FollowUpPage(page)
    await at(page, '2026-11-23T09:00:00')
    await followUp.loadSample()
    await followUp.open()
    await followUp.openItem(BIMTEK)
    await followUp.fillProgress({
      date: '2026-11-20',
      status: 'selesai',
      realisasi: 'Angkatan II (6 petugas) selesai 18–19 November 2026; rata-rata post-test 86.',
    })
    await followUp.addEvidence('foto-bimtek-angkatan-2.png', 'image/png', tinyPng())
    await expect(page.getByTestId('pending-evidence')).toContainText('foto-bimtek-angkatan-2.png')
    await followUp.saveProgress()
    await expect(page.getByTestId('progress-message')).toHaveText('Perkembangan tersimpan.')
    await expect(page.getByTestId('evidence-file')).toHaveCount(1)
    await expect(
      page.getByTestId('evidence-file').getByRole('img', { name: 'foto-bimtek-angkatan-2.png' }),
    ).toBeVisible()

    await followUp.open()
    const download = await followUp.createMonitoringReport(SEKRETARIAT, '2026-01-01', '2026-11-23')
    expect(download.suggestedFilename()).toMatch(/^Laporan-Monitoring-.*\.docx$/)
    const files = unzipSync(new Uint8Array(readFileSync(await download.path())))
    const xml = strFromU8(files['word/document.xml']!)
    const text = xml.replace(/<[^>]+>/g, '')
    expect(text).toContain('LAPORAN MONITORING TINDAK LANJUT')
    expect(text).toContain(SEKRETARIAT.toUpperCase())
    expect(text).toContain('Angkatan II (6 petugas) selesai 18–19 November 2026')
    expect(text).toContain('foto-bimtek-angkatan-2.png (20 November 2026)')
    // Both items of the Sekretariat are now finished.
    expect(text).toContain('100,00%')
    expect(Object.keys(files).some((name) => name.startsWith('word/media/'))).toBe(true)
  })

  test('reminders never cover the rows: a badge on the navigation and a banner on top', async ({
    page,
  }) => {
    await page.clock.install({ time: new Date('2026-11-23T09:00:00+08:00') })
    const followUp = new FollowUpPage(page)
    await followUp.loadSample()
    const nav = page
      .getByRole('navigation')
      .first()
      .getByRole('link', { name: /Tindak Lanjut/ })
    // Seen from any screen: the two overdue items are counted on the navigation item.
    await expect(nav.getByTestId('nav-overdue-badge').getByText('2', { exact: true })).toBeVisible()
    await expect(nav).toHaveAccessibleName('Tindak Lanjut 2 terlambat')
    // The daily check has run and found them, yet nothing floats over the page.
    await page.clock.runFor(2_000)
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            [...document.querySelectorAll('body *')].filter(
              (el) => getComputedStyle(el).position === 'fixed',
            ).length,
        ),
      )
      .toBe(0)

    await nav.click()
    await expect(followUp.filters()).toBeEnabled()
    const banner = page.getByTestId('reminder-banner')
    await expect(banner).toContainText('2 terlambat, 0 jatuh tempo dalam 7 hari.')
    // The banner sits above the filters and the rows, not over them.
    const bannerBox = (await banner.boundingBox())!
    const filtersBox = (await followUp.filters().boundingBox())!
    expect(bannerBox.y + bannerBox.height).toBeLessThanOrEqual(filtersBox.y)
  })

  test('the view tabs move with the arrow keys and each labels its panel', async ({ page }) => {
    const followUp = new FollowUpPage(page)
    await at(page, '2026-11-23T09:00:00')
    await followUp.loadSample()
    await followUp.open()
    const tabs = page.getByRole('tablist', { name: 'Tampilan tindak lanjut' })
    const tab = (name: string) => tabs.getByRole('tab', { name, exact: true })
    const panel = page.getByRole('tabpanel')
    await expect(panel).toHaveAccessibleName('Daftar')
    await expect(tab('Daftar')).toHaveAttribute('aria-controls', (await panel.getAttribute('id'))!)
    // Only the selected tab is a Tab stop.
    await expect(tab('Grafik')).toHaveAttribute('tabindex', '-1')

    await tab('Daftar').focus()
    await page.keyboard.press('ArrowRight')
    await expect(tab('Grafik')).toBeFocused()
    await expect(tab('Grafik')).toHaveAttribute('aria-selected', 'true')
    await expect(panel).toHaveAccessibleName('Grafik')
    await page.keyboard.press('End')
    await expect(tab('Nilai PEKPPP')).toBeFocused()
    await expect(panel).toHaveAccessibleName('Nilai PEKPPP')
    // Past the last tab the arrow wraps to the first; Home goes there too.
    await page.keyboard.press('ArrowRight')
    await expect(tab('Daftar')).toBeFocused()
    await page.keyboard.press('ArrowLeft')
    await expect(tab('Nilai PEKPPP')).toBeFocused()
    await page.keyboard.press('Home')
    await expect(tab('Daftar')).toHaveAttribute('aria-selected', 'true')
    await expect(page.getByTestId('result-count')).toBeVisible()
  })

  test('the chat summary lists the overdue items', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    const followUp = new FollowUpPage(page)
    await at(page, '2026-11-23T09:00:00')
    await followUp.loadSample()
    await followUp.open()
    await expect(page.getByTestId('reminder-summary')).toContainText(
      '2 terlambat, 0 jatuh tempo dalam 7 hari.',
    )
    await page.getByRole('button', { name: 'Salin ringkasan untuk grup chat' }).click()
    await expect(page.getByTestId('copy-status')).toHaveText(
      'Ringkasan tersalin. Tempelkan di aplikasi chat.',
    )
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toContain('*Ringkasan Tindak Lanjut per 23 November 2026*')
    expect(copied).toContain('TERLAMBAT (2):')
    expect(copied).toMatch(
      new RegExp(`1\\. ${NIK}.* — ${PERIZINAN}; batas waktu 30 Juni 2026 \\(terlambat 146 hari\\)`),
    )
    expect(copied).toMatch(
      new RegExp(
        `2\\. ${WAKTU}.* — ${PERIZINAN}; batas waktu Triwulan III 2026 \\(terlambat 54 hari\\)`,
      ),
    )
    expect(copied).not.toContain(BIMTEK)
    // The text sits in a closed disclosure until copying fails; it is there all the same.
    const summaryText = page.getByRole('textbox', { name: 'Teks ringkasan', includeHidden: true })
    await expect(summaryText).toHaveValue(copied)
  })

  test('bad progress input is refused with a message per field, and nothing is saved', async ({
    page,
  }) => {
    const followUp = new FollowUpPage(page)
    await at(page, '2026-11-23T09:00:00')
    await followUp.loadSample()
    await followUp.open()
    await followUp.openItem(BIMTEK)
    const form = followUp.progressForm()

    await followUp.addEvidence('virus.exe', 'application/octet-stream', Buffer.from('MZ\x90\x00'))
    await expect(followUp.addEvidenceButton()).toHaveAccessibleDescription(
      /Jenis berkas bukti tidak diterima/,
    )
    await expect(page.getByTestId('pending-evidence')).toBeHidden()

    await followUp.fillProgress({ date: '2026-11-30', percent: '120' })
    await followUp.saveProgress()
    await expect(page.getByTestId('progress-message')).toHaveText(
      'Periksa kembali isian yang ditandai. Belum ada yang disimpan.',
    )
    await expect(form.getByLabel('Tanggal', { exact: true })).toHaveAccessibleDescription(
      /Tanggal tidak boleh sesudah hari ini/,
    )
    await expect(form.getByLabel('Progres (%)', { exact: true })).toHaveAccessibleDescription(
      /Progres harus bilangan bulat 0–100/,
    )

    await followUp.fillProgress({ date: '2026-11-23', status: 'selesai' })
    await followUp.saveProgress()
    await expect(form.getByLabel('Realisasi', { exact: true })).toHaveAccessibleDescription(
      /Realisasi wajib diisi untuk status Selesai/,
    )
    await page.reload()
    await expect(page.getByTestId('log-entry')).toHaveCount(1)
    await expect(page.getByTestId('item-status')).toHaveText('Dalam proses')
  })
})

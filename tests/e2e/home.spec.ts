import { type Page } from '@playwright/test'
import { expect, test } from './support/test'
import { HomePage } from './pages/home'
import { AppPage } from './pages/app'
import { DataSafetyPage } from './pages/data-safety'
import { DocumentsRoom } from './pages/documents'
import { ForumFormPage } from './pages/forums'

// The sample forum is held on Senin 9 Maret 2026 in Kupang (WITA). Three of its six action items
// are open: due 30 June, 30 September (Triwulan III) and 15 December 2026.
const SAMPLE_TITLE = /Standar Pelayanan Perizinan Berusaha/
const REPRESENTATIVES = [
  'Dominggus Tefa, S.E.',
  'Dr. Welhelmina Selfina Ratu Edo, S.E., M.Si',
  'Anselmus Kefi',
]

async function at(page: Page, isoDateTimeWita: string) {
  await page.clock.setFixedTime(new Date(`${isoDateTimeWita}+08:00`))
}

test.describe('home', () => {
  test('a new installation offers the sample and nothing else', async ({ page }) => {
    await page.goto('./#/')
    await expect(page.getByTestId('sample-offer')).toBeVisible()
    await expect(page.getByRole('region', { name: 'Hari ini' })).toHaveCount(0)
    await expect(page.getByRole('region', { name: 'Cadangan data' })).toHaveCount(0)
  })

  test("on the forum's day it is under Hari ini, with the check-in desk and the forum room", async ({
    page,
  }) => {
    const home = new HomePage(page)
    await at(page, '2026-03-09T07:30:00')
    await home.loadSample()
    const forum = home.todayForum(SAMPLE_TITLE)
    await expect(forum).toContainText('Senin, 9 Maret 2026, 09.00 s.d. 13.00 WITA')
    await expect(home.section('Forum 30 hari ke depan')).toContainText('Belum ada forum')

    await forum.getByRole('link', { name: 'Buka meja registrasi' }).click()
    await expect(page).toHaveURL(/#\/forums\/[^/]+\/checkin$/)
    await expect(page.getByTestId('checkin-page')).toBeVisible()

    await home.open()
    await home.todayForum(SAMPLE_TITLE).getByRole('link', { name: 'Buka ruang forum' }).click()
    await expect(page).toHaveURL(/#\/forums\/[^/]+\/live$/)

    // The day after, the forum has left "Hari ini".
    await at(page, '2026-03-10T07:30:00')
    await home.open()
    await expect(home.today()).toContainText('Tidak ada forum hari ini.')
    await expect(home.todayForum(SAMPLE_TITLE)).toHaveCount(0)
  })

  test('before the day the forum is upcoming', async ({ page }) => {
    const home = new HomePage(page)
    await at(page, '2026-02-20T09:00:00')
    await home.loadSample()
    await expect(home.section('Forum 30 hari ke depan')).toContainText(
      '9 Maret 2026 — Forum Konsultasi Publik Penyusunan Standar Pelayanan Perizinan Berusaha',
    )
    await expect(home.nextStep()).toContainText('Persiapan lengkap')
  })

  test('the due counts match the dashboard each opens', async ({ page }) => {
    const home = new HomePage(page)
    await at(page, '2026-09-25T09:00:00')
    await home.loadSample()
    // 30 June has passed; 30 September is within the week; 15 December is further than 30 days.
    await expect(home.dueLink('overdue')).toHaveText('1 terlambat')
    await expect(home.dueLink('within7')).toHaveText('1 jatuh tempo dalam 7 hari')
    await expect(home.dueLink('within30')).toHaveText('1 jatuh tempo dalam 30 hari')
    for (const due of ['overdue', 'within7', 'within30'] as const) {
      await home.open()
      const count = await home.dueCount(due)
      await home.dueLink(due).click()
      await expect(page).toHaveURL(new RegExp(`follow-up\\?due=${due}$`))
      await expect(page.getByTestId('filters')).toBeEnabled()
      await expect(page.getByTestId('result-count')).toHaveText(`${count} rencana aksi`)
    }
  })

  test('after a backup the home page shows it, and warns again a week later', async ({ page }) => {
    const home = new HomePage(page)
    await at(page, '2026-03-09T14:00:00')
    await home.loadSample()
    await expect(home.backup().getByTestId('backup-warning')).toHaveText(/belum pernah dicadangkan/)

    await home.backup().getByRole('link', { name: 'Buat cadangan' }).click()
    await new DataSafetyPage(page).backup()
    await at(page, '2026-03-09T14:05:00')
    await home.open()
    await expect(home.backup().getByTestId('last-backup')).toHaveText(
      'Cadangan terakhir: 9 Maret 2026 14.00 (manual), 5 menit yang lalu.',
    )
    await expect(home.backup().getByTestId('backup-warning')).toHaveCount(0)

    // Eight days on, the laptop opens the app again.
    await at(page, '2026-03-17T14:05:00')
    await page.reload()
    await expect(home.backup().getByTestId('last-backup')).toContainText('8 hari yang lalu')
    await expect(home.backup().getByTestId('backup-warning')).toHaveText(
      /Tidak ada cadangan dalam 7 hari terakhir/,
    )

    // In English, one day and several days.
    await new AppPage(page).switchLanguage('en')
    await expect(home.section('Backups').getByTestId('last-backup')).toContainText('8 days ago')
    await at(page, '2026-03-10T14:05:00')
    await page.reload()
    await expect(home.section('Backups').getByTestId('last-backup')).toHaveText(
      'Last backup: 9 Maret 2026 14.00 (manual), 1 day ago.',
    )
  })

  test('the next step moves on once the signatures are in and the Berita Acara is final', async ({
    page,
  }) => {
    const home = new HomePage(page)
    await at(page, '2026-03-09T13:30:00')
    await home.loadSample()
    await expect(home.nextStep()).toContainText('Lengkapi tanda tangan para penandatangan.')
    await home.nextStep().getByRole('link', { name: 'Buka dokumen' }).click()
    await expect(page.getByTestId('documents-page')).toBeVisible()
    const room = new DocumentsRoom(page)
    for (const name of REPRESENTATIVES) await room.markWet(name)

    await home.open()
    await expect(home.nextStep()).toContainText('Finalisasi Berita Acara Kesepakatan.')
    await home.nextStep().getByRole('link', { name: 'Buka dokumen' }).click()
    await room.finalise()

    await home.open()
    await expect(home.nextStep()).toContainText('Pantau rencana aksi sampai selesai.')
    await home.nextStep().getByRole('link', { name: 'Buka tindak lanjut' }).click()
    await expect(page.getByTestId('follow-up')).toBeVisible()
  })

  test("a new forum's next step is its invitation list", async ({ page }) => {
    const home = new HomePage(page)
    await at(page, '2026-05-04T08:00:00')
    await page.goto('./#/')
    await page.getByRole('button', { name: 'Tidak, mulai dari kosong' }).click()
    const forumId = await new ForumFormPage(page).createOneDay({
      title: 'FKP Maklumat Pelayanan',
      date: '2026-05-04',
      organiser: 'DPMPTSP Kota Kupang',
      start: '09:00',
      end: '12:00',
      place: 'Aula',
    })
    await home.open()
    await expect(home.todayForum('FKP Maklumat Pelayanan')).toBeVisible()
    await expect(home.nextStep()).toContainText(
      'Untuk FKP Maklumat Pelayanan: Daftarkan peserta yang diundang.',
    )
    await home.nextStep().getByRole('link', { name: 'Buka peserta' }).click()
    await expect(page).toHaveURL(new RegExp(`#/forums/${forumId}/participants$`))
    await expect(page.getByTestId('participants-page')).toBeVisible()
  })
})

import { expect, test } from './support/test'
import { AppPage } from './pages/app'
import { ForumFormPage } from './pages/forums'
import { SettingsPage } from './pages/settings'
import { tabTo } from './support/keyboard'
import { tinyPng } from './support/tiny-png'

test.describe('foundation', () => {
  test('organisation profile and a two-day forum survive a reload', async ({ page }) => {
    const app = new AppPage(page)
    await app.open('/settings')
    const settings = new SettingsPage(page)
    await settings.fillProfile({
      kopLines: ['PEMERINTAH KOTA KUPANG', 'DINAS PENANAMAN MODAL DAN PTSP'],
      unitName: 'Dinas Penanaman Modal dan PTSP Kota Kupang',
      city: 'Kupang',
      paper: 'F4',
      headPosition: 'Kepala Dinas Penanaman Modal dan PTSP Kota Kupang',
      headName: 'Dr. Ir. H. Yohanes Ndolu, M.Si',
      headNip: '19700512 199503 1 002',
    })
    await settings.uploadEmblem(tinyPng())
    await settings.save()
    await expect(page.getByTestId('profile-message')).toHaveText('Profil organisasi tersimpan.')

    await app.nav('Forum').click()
    await page.getByRole('link', { name: 'Forum baru' }).click()
    const form = new ForumFormPage(page)
    await expect(form.form().getByLabel('Penyelenggara', { exact: true })).toHaveValue(
      'Dinas Penanaman Modal dan PTSP Kota Kupang',
    )
    await form.fillBasics({
      title: 'Sosialisasi Standar Pelayanan Perizinan',
      startDate: '2026-05-13',
      endDate: '2026-05-14',
    })
    await form.fillDay(0, {
      date: '2026-05-13',
      start: '09:00',
      end: '12:00',
      place: 'Aula Lantai 2',
    })
    await form.addDay()
    await form.fillDay(1, {
      date: '2026-05-14',
      start: '08:30',
      end: '11:30',
      place: 'Ruang Rapat Utama',
    })
    await form
      .form()
      .getByLabel('Penyelenggara bersama')
      .fill('Ombudsman RI Perwakilan NTT\nBagian Organisasi Setda Kota Kupang')
    await form.form().getByLabel('Mitra pendukung').fill('GIZ')
    await form.save()

    const detail = page.getByTestId('forum-detail')
    await expect(detail).toBeVisible()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Sosialisasi Standar Pelayanan Perizinan',
    )
    await page.reload()
    await expect(page.getByTestId('forum-days')).toContainText(
      'Rabu, 13 Mei 2026, 09.00 s.d. 12.00 WITA — Aula Lantai 2',
    )
    await expect(page.getByTestId('forum-days')).toContainText(
      'Kamis, 14 Mei 2026, 08.30 s.d. 11.30 WITA — Ruang Rapat Utama',
    )
    await expect(detail).toContainText('Dr. Ir. H. Yohanes Ndolu, M.Si (NIP 19700512 199503 1 002)')
    await expect(page.getByTestId('forum-co-organisers').getByRole('listitem')).toHaveText([
      'Ombudsman RI Perwakilan NTT',
      'Bagian Organisasi Setda Kota Kupang',
    ])
    await expect(page.getByTestId('forum-partners').getByRole('listitem')).toHaveText(['GIZ'])

    await app.nav('Forum').click()
    await expect(page.getByTestId('forum-row')).toHaveCount(1)
    await expect(page.getByTestId('forum-row')).toContainText(
      '13 Mei 2026 · 2 hari · Aula Lantai 2',
    )

    await app.nav('Pengaturan').click()
    await expect(settings.field('Kota tempat penandatanganan')).toHaveValue('Kupang')
    await expect(settings.field('Ukuran kertas')).toHaveValue('F4')
    await expect(settings.form().getByRole('img', { name: 'Lambang daerah' })).toBeVisible()
  })

  test('invalid input names each field and saves nothing', async ({ page }) => {
    const app = new AppPage(page)
    await app.open('/forums/new')
    const form = new ForumFormPage(page)
    await form.fillBasics({
      title: '',
      startDate: '2026-05-13',
      endDate: '2026-05-13',
      organiser: 'Bagian Organisasi',
    })
    await form.fillDay(0, { date: '2026-05-13', start: '13:00', end: '09:00', place: 'Aula' })
    await form.addDay()
    await form.fillDay(1, { date: '2026-05-20', start: '09:00', end: '10:00', place: 'Aula' })
    await form.save()

    await expect(page.getByTestId('form-error')).toHaveText(
      'Periksa kembali isian yang ditandai. Belum ada yang disimpan.',
    )
    await form.expectFieldError('form', 'Judul forum', 'Wajib diisi.')
    await form.expectFieldError(0, 'Jam selesai', 'Jam selesai harus sesudah jam mulai.')
    await form.expectFieldError(1, 'Tanggal', 'Hari ini berada di luar rentang tanggal forum.')

    // Fixing one field clears its message while the others stay.
    await form.form().getByLabel('Judul forum').fill('FKP Maklumat Pelayanan')
    await expect(form.form().getByLabel('Judul forum')).not.toHaveAttribute('aria-invalid', 'true')
    await form.save()
    await form.expectFieldError(0, 'Jam selesai', 'Jam selesai harus sesudah jam mulai.')

    await app.nav('Forum').click()
    await expect(page.getByText('Belum ada forum. Buat forum baru untuk mulai.')).toBeVisible()
    await page.reload()
    await expect(page.getByTestId('forum-row')).toHaveCount(0)
  })

  test('the language switch changes every visible label, and is remembered', async ({ page }) => {
    const app = new AppPage(page)
    await app.open('/forums/new')
    const labelsIn = () =>
      page
        .locator('nav a, h1, h2, h3, legend, label, button')
        .evaluateAll((nodes) =>
          nodes.map((n) => (n.textContent ?? '').trim()).filter((text) => text.length > 0),
        )
    const indonesian = await labelsIn()
    expect(indonesian).toContain('Tindak Lanjut')
    expect(indonesian).toContain('Judul forum')

    await app.switchLanguage('en')
    const english = await labelsIn()
    expect(english).toContain('Follow-up')
    expect(english).toContain('Forum title')
    // Words that are the same in both languages (names, codes) are all that may stay.
    const sameInBoth = new Set(['Mufakat', 'NIP', 'E-mail', 'Moderator / fasilitator'])
    const untranslated = english.filter(
      (text) => indonesian.includes(text) && !sameInBoth.has(text),
    )
    expect(
      untranslated.filter((text) => !/^(Bahasa Indonesia|English|Bahasa|Language)/.test(text)),
    ).toEqual([])

    await page.reload()
    await expect(app.nav('Follow-up')).toBeVisible()
    await app.switchLanguage('id')
    await expect(app.nav('Tindak Lanjut')).toBeVisible()
  })

  test('a newcomer can load the sample forum on first start', async ({ page }) => {
    const app = new AppPage(page)
    await app.open('/')
    await expect(page.getByTestId('sample-offer')).toBeVisible()
    await page.getByRole('button', { name: 'Muat contoh forum' }).click()
    await expect(page.getByTestId('sample-offer')).toBeHidden()
    await app.nav('Forum').click()
    await expect(page.getByTestId('forum-row')).toHaveCount(1)
    await page
      .getByRole('link', { name: /Penyusunan Standar Pelayanan Perizinan Berusaha/ })
      .click()
    await expect(page.getByTestId('forum-days')).toContainText(
      'Senin, 9 Maret 2026, 09.00 s.d. 13.00 WITA — Aula Kantor Wali Kota Kupang',
    )
    await app.nav('Tindak Lanjut').click()
    await expect(page.getByTestId('action-table')).toContainText('Triwulan III 2026')
    await page.reload()
    await app.nav('Beranda').click()
    await expect(page.getByTestId('sample-offer')).toBeHidden()
  })

  test('a forum can be created with the keyboard alone', async ({ page }) => {
    const app = new AppPage(page)
    await app.open('/forums')
    const keyboard = page.keyboard
    await tabTo(page.getByRole('link', { name: 'Forum baru' }))
    await keyboard.press('Enter')
    const form = new ForumFormPage(page)
    await tabTo(form.form().getByLabel('Judul forum'))
    await keyboard.type('FGD Inovasi')
    // Past the schedule to the organiser, then back up to the place of day 1.
    await tabTo(form.form().getByLabel('Penyelenggara', { exact: true }))
    await keyboard.type('Bagian Organisasi')
    await tabTo(form.day(0).getByLabel('Tempat'), 'Shift+Tab')
    await keyboard.type('Aula')
    // Enter in a text field submits the form, as it does for anyone typing.
    await keyboard.press('Enter')
    await expect(page.getByTestId('forum-detail')).toBeVisible()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('FGD Inovasi')
    await expect(page.getByTestId('forum-days')).toContainText('Aula')
    await expect(page.getByTestId('forum-detail')).toContainText('Bagian Organisasi')
    // No co-organisers or partners were typed: the summary names neither.
    await expect(page.getByTestId('forum-detail').getByText('Penyelenggara bersama')).toHaveCount(0)
    await expect(page.getByTestId('forum-partners')).toHaveCount(0)
  })
})

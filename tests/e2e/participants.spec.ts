import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './support/test'
import readXlsxFile from 'read-excel-file/node'
import {
  MESSY_LIST_EXPECTED,
  messyListXlsx,
  plainListRows,
} from '../fixtures/participants/messy-list'
import { ParticipantsDesk } from './pages/participants'
import { ForumFormPage, forumIdIn } from './pages/forums'

const messyPath = join(tmpdir(), `mufakat-e2e-messy-${process.pid}.xlsx`)
const plainPath = join(tmpdir(), `mufakat-e2e-plain-${process.pid}.xlsx`)
const notSheetPath = join(tmpdir(), `mufakat-e2e-not-a-sheet-${process.pid}.xlsx`)
const longNamePath = join(tmpdir(), `mufakat-e2e-long-name-${process.pid}.xlsx`)
const LONG_NAME =
  'Prof. Dr. Ir. Hj. Maria Magdalena Fransiska Goreti Bria Nahak Seran Tallo, S.Sos., M.AP., Ph.D'

test.beforeAll(async () => {
  writeFileSync(messyPath, await messyListXlsx())
  writeFileSync(plainPath, await messyListXlsx(plainListRows(40)))
  writeFileSync(notSheetPath, '%PDF-1.7 this is not a spreadsheet')
  const longRows = plainListRows(2)
  longRows[1]![1] = LONG_NAME
  longRows[1]![3] =
    'Lembaga Penelitian dan Pengabdian kepada Masyarakat Universitas Nusa Cendana Kupang'
  writeFileSync(longNamePath, await messyListXlsx(longRows))
})

async function importMessyList(desk: ParticipantsDesk, forumId: string) {
  await desk.openList(forumId)
  await desk.chooseImportFile(messyPath)
  await expect(desk.page.getByTestId('import-preview')).toBeVisible()
  await desk.importKept(MESSY_LIST_EXPECTED.keptByDefault.length)
  await expect(desk.count()).toHaveText('4 orang dalam daftar')
}

test.describe('participants and the check-in desk', () => {
  test('a messy XLSX list previews each problem by row and column, and imports the kept rows', async ({
    page,
  }) => {
    const desk = new ParticipantsDesk(page)
    const forumId = await desk.createForum()
    await desk.openList(forumId)
    await desk.chooseImportFile(messyPath)

    // The header is found under the merged title rows; columns are mapped from their headers.
    await expect(page.getByRole('combobox', { name: 'Baris judul kolom' })).toHaveValue(
      String(MESSY_LIST_EXPECTED.headerRow - 1),
    )
    await expect(page.getByRole('combobox', { name: 'No. HP', exact: true })).toHaveValue('6')
    await expect(page.getByTestId('import-summary')).toHaveText(
      '9 baris data · 4 bermasalah · 1 duplikat · 6 baris dilewati',
    )
    await expect(desk.previewRow(7)).toContainText(
      'Kolom H (E-mail): e-mail "agus@flobamora" tidak sah',
    )
    await expect(desk.previewRow(10)).toContainText(
      'Kolom C (L/P): jenis kelamin "X" tidak dikenali (pakai L atau P)',
    )
    await expect(desk.previewRow(11)).toContainText('Kolom G (No. HP): nomor HP "8123" tidak sah')
    await expect(desk.previewRow(14)).toContainText('Kolom F (Unsur): unsur "Alien" tidak dikenali')
    await expect(desk.previewRow(12)).toContainText('Duplikat baris 5 dalam berkas')
    await expect(desk.keepBox(12)).not.toBeChecked()
    await expect(desk.keepBox(12)).toBeDisabled()
    await expect(desk.keepBox(7)).toBeDisabled()
    // The footer and the empty row are not in the preview.
    await expect(page.getByTestId('import-preview')).not.toContainText('Paulus Mau')
    await expect(desk.previewRow(8)).toHaveCount(0)

    await desk.importKept(4)
    await expect(desk.count()).toHaveText('4 orang dalam daftar')
    // The list is in name order, titles ignored.
    await expect(desk.rows().locator('strong')).toHaveText([
      'Elisabeth Manu, S.E',
      'Maria Goreti Bria, S.Sos., M.AP',
      'Siti Rahma',
      'Dr. Ir. H. Yohanes Ndolu, M.Si',
    ])
    // Phones are hidden until revealed; the 0 Excel dropped is back.
    const ndolu = desk.rows().filter({ hasText: 'Yohanes Ndolu' })
    await expect(ndolu.getByTestId('participant-contact')).toContainText('tersembunyi')
    await page.getByRole('button', { name: 'Tampilkan kontak' }).click()
    await expect(ndolu.getByTestId('participant-contact')).toContainText('081234567890')

    // The same file again: everyone kept before is now a duplicate on the list.
    await desk.chooseImportFile(messyPath)
    await expect(desk.previewRow(5)).toContainText('Sudah ada di daftar forum ini')
    await expect(desk.importSubmit()).toBeDisabled()
  })

  test('three people check in with drawn signatures; the recap counts them and scores the unsur', async ({
    page,
  }) => {
    const desk = new ParticipantsDesk(page)
    const forumId = await desk.createForum()
    await importMessyList(desk, forumId)
    await desk.openDesk(forumId)
    await expect(page.getByTestId('checkin-counter')).toHaveText('0 dari 4 hadir')

    await desk.checkInWithSignature('ndolu', 'Dr. Ir. H. Yohanes Ndolu, M.Si')
    await desk.checkInWithSignature('MARIA  bria', 'Maria Goreti Bria, S.Sos., M.AP')
    await desk.checkInWithSignature('elisabeth', 'Elisabeth Manu, S.E')
    await expect(page.getByTestId('checkin-counter')).toHaveText('3 dari 4 hadir')
    await expect(desk.recentRows()).toHaveCount(3)
    await expect(desk.recentRows().first()).toContainText('bertanda tangan')

    // A stored signature is drawn again when the person is opened after a resize.
    await page.setViewportSize({ width: 900, height: 800 })
    await desk.search().fill('ndolu')
    await desk.options().first().click()
    await expect(page.getByTestId('checkin-already')).toContainText('sudah hadir pukul')
    await expect(page.getByTestId('checkin-signature')).toHaveAttribute('data-signed', 'true')
    await expect.poll(() => desk.signatureInk()).toBeGreaterThan(50)
    await page.setViewportSize({ width: 1280, height: 800 })
    await expect(page.getByTestId('checkin-signature')).toHaveAttribute('data-signed', 'true')
    await expect.poll(() => desk.signatureInk()).toBeGreaterThan(50)
    await desk.button('Kembali ke pencarian').click()

    await desk.openList(forumId)
    await expect(desk.recap('recap-total')).toHaveText('3')
    await expect(desk.recap('recap-male')).toHaveText('1')
    await expect(desk.recap('recap-female')).toHaveText('2')
    await expect(desk.recap('recap-unsur-ahli_praktisi_akademisi')).toContainText('1')
    await expect(desk.recap('recap-unsur-pengguna_layanan')).toContainText('0')
    await expect(desk.recap('recap-distinct')).toHaveText('Unsur masyarakat hadir: 3 dari 5')
    await expect(desk.recap('recap-score')).toHaveText('Skor PEKPPP keterlibatan unsur: 3')
    await expect(desk.recap('recap-warning')).toContainText('Pengguna Layanan, Media Massa')

    // The day's attendance exported to XLSX reads back with the three names.
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Ekspor daftar hadir (XLSX)' }).click()
    const file = await (await download).path()
    const [sheet] = await readXlsxFile(file)
    const names = sheet!.data.slice(1).map((row) => row[1])
    expect(names).toEqual([
      'Dr. Ir. H. Yohanes Ndolu, M.Si',
      'Maria Goreti Bria, S.Sos., M.AP',
      'Elisabeth Manu, S.E',
    ])
  })

  test('on the second day of a two-day forum the desk opens on day 2', async ({ page }) => {
    // 10 March 2026, 08:15 in Kupang (WITA): the second day.
    await page.clock.install({ time: new Date('2026-03-10T08:15:00+08:00') })
    const form = new ForumFormPage(page)
    await page.goto('./#/forums/new')
    await form.fillBasics({
      title: 'Sosialisasi Standar Pelayanan',
      startDate: '2026-03-09',
      endDate: '2026-03-09',
      organiser: 'DPMPTSP Kota Kupang',
    })
    await form.fillDay(0, { date: '2026-03-09', start: '09:00', end: '12:00', place: 'Aula' })
    // "Tambah hari" proposes the next calendar day and moves the end date out to it.
    await form.addDay()
    await expect(form.day(1).getByLabel('Tanggal')).toHaveValue('2026-03-10')
    await expect(form.form().getByLabel('Tanggal selesai')).toHaveValue('2026-03-10')
    await form.day(1).getByLabel('Tempat').fill('Aula')
    await form.save()
    await expect(page.getByTestId('forum-detail')).toBeVisible()
    const forumId = forumIdIn(page.url())

    const desk = new ParticipantsDesk(page)
    await importMessyList(desk, forumId)
    await desk.openDesk(forumId)
    await expect(page.getByTestId('checkin-day').locator('option:checked')).toHaveText(
      'Hari 2 · Selasa, 10 Maret 2026',
    )
    await desk.checkInWithSignature('elisabeth', 'Elisabeth Manu, S.E')
    await expect(page.getByTestId('checkin-counter')).toHaveText('1 dari 4 hadir')
    // The arrival is recorded on day 2, not on day 1.
    await page.getByLabel('Hari').selectOption({ index: 0 })
    await expect(page.getByTestId('checkin-counter')).toHaveText('0 dari 4 hadir')
  })

  test('a long name wraps onto more lines in the list instead of being cut off', async ({
    page,
  }) => {
    const desk = new ParticipantsDesk(page)
    const forumId = await desk.createForum()
    await desk.openList(forumId)
    await desk.chooseImportFile(longNamePath)
    await desk.importKept(2)
    const row = desk.rows().filter({ hasText: 'Maria Magdalena' })
    const name = row.locator('strong')
    await expect(name).toHaveText(LONG_NAME)
    // All of it is drawn: nothing overflows its box, and the row grew to hold it.
    const fits = await name.evaluate((el) => ({
      wraps: el.getBoundingClientRect().height > parseFloat(getComputedStyle(el).lineHeight) * 1.5,
      clipped: el.scrollWidth > el.clientWidth,
      ellipsis: getComputedStyle(el).textOverflow,
    }))
    expect(fits).toEqual({ wraps: true, clipped: false, ellipsis: 'clip' })
    const [long, short] = await desk
      .rows()
      .evaluateAll((rows) =>
        rows.map((r) => ({
          name: r.getAttribute('data-name'),
          height: r.getBoundingClientRect().height,
        })),
      )
      .then((rows) => [
        rows.find((r) => r.name === LONG_NAME)!,
        rows.find((r) => r.name !== LONG_NAME)!,
      ])
    expect(long!.height).toBeGreaterThan(short!.height)
  })

  test('cancelling an import, or choosing a file that is not a spreadsheet, leaves the list unchanged', async ({
    page,
  }) => {
    const desk = new ParticipantsDesk(page)
    const forumId = await desk.createForum()
    await importMessyList(desk, forumId)

    await desk.chooseImportFile(plainPath)
    await expect(desk.importSubmit()).toHaveText('Impor 40 baris terpilih')
    await desk.button('Batal').click()
    await expect(page.getByTestId('import-preview')).toBeHidden()
    await expect(desk.count()).toHaveText('4 orang dalam daftar')

    await desk.chooseImportFile(notSheetPath)
    await expect(page.getByTestId('import-message')).toHaveText(
      'Berkas ini bukan lembar kerja XLSX atau CSV. Tidak ada yang diimpor.',
    )
    await expect(desk.importSubmit()).toHaveCount(0)
    await page.reload()
    await expect(desk.count()).toHaveText('4 orang dalam daftar')
  })

  test('a participant checks in with the keyboard alone, and a mistake is undone', async ({
    page,
  }) => {
    const desk = new ParticipantsDesk(page)
    const forumId = await desk.createForum()
    await importMessyList(desk, forumId)
    await desk.openDesk(forumId)

    await desk.search().focus()
    await page.keyboard.type('ndolu')
    await expect(desk.options()).toHaveCount(1)
    await expect(desk.options().first()).toHaveAttribute('aria-selected', 'true')
    await page.keyboard.press('Enter')
    await expect(desk.button('Catat hadir')).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('checkin-notice')).toContainText(
      'Dr. Ir. H. Yohanes Ndolu, M.Si tercatat hadir pukul',
    )
    await expect(desk.search()).toBeFocused()

    // Arrows move through the results.
    await page.keyboard.type('a')
    await expect(desk.options().first()).toHaveAttribute('aria-selected', 'true')
    await page.keyboard.press('ArrowDown')
    const second = await desk.options().nth(1).getAttribute('data-name')
    await expect(desk.options().nth(1)).toHaveAttribute('aria-selected', 'true')
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('checkin-selected')).toContainText(second!)
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('checkin-counter')).toHaveText('2 dari 4 hadir')

    await desk
      .recentRows()
      .first()
      .getByRole('button', { name: /Batalkan/ })
      .click()
    await expect(page.getByTestId('checkin-notice')).toContainText(`Kehadiran ${second} dibatalkan`)
    await expect(page.getByTestId('checkin-counter')).toHaveText('1 dari 4 hadir')
  })

  test('a walk-in is registered in a few fields and signs in tablet mode', async ({ page }) => {
    const desk = new ParticipantsDesk(page)
    const forumId = await desk.createForum()
    await desk.openDesk(forumId)
    const sections = page.getByRole('navigation', { name: 'Ringkasan' })
    await expect(sections).toBeVisible()
    const tablet = page.getByRole('checkbox', { name: 'Mode tablet (tombol besar)' })
    await tablet.check()
    // Tablet mode keeps only the desk's big controls: the forum's section links go.
    await expect(sections).toBeHidden()
    await desk.search().fill('Kornelis')
    await expect(page.getByTestId('checkin-no-result')).toBeVisible()

    await desk.button('Peserta tanpa undangan').click()
    const walkIn = page.getByTestId('walkin-form')
    const register = walkIn.getByRole('button', { name: 'Daftarkan dan catat hadir' })
    await register.click()
    await expect(walkIn.getByRole('alert').first()).toBeVisible()
    await walkIn.getByLabel('Nama lengkap dan gelar').fill('Kornelis Bani')
    await walkIn.getByRole('combobox', { name: 'Unsur', exact: true }).selectOption('media_massa')
    await walkIn.getByLabel('Instansi/Lembaga').fill('Victory News')
    const phone = walkIn.getByRole('textbox', { name: /^No\. HP/ })
    await phone.fill('abc')
    await register.click()
    await expect(walkIn).toContainText('Nomor telepon tidak sah.')
    await phone.fill('081234000111')
    await register.click()

    await expect(page.getByTestId('checkin-already')).toContainText('Kornelis Bani sudah hadir')
    await desk.drawSignature()
    await desk.button('Simpan tanda tangan').click()
    await expect(desk.recentRows().first()).toContainText('Kornelis Bani')
    await expect(desk.recentRows().first()).toContainText('bertanda tangan')
    await expect(page.getByTestId('checkin-counter')).toHaveText('1 dari 1 hadir')
  })
})

test.describe('the people registry', () => {
  test('two records of one person merge, keeping the signed attendance', async ({ page }) => {
    const desk = new ParticipantsDesk(page)
    const forumId = await desk.createForum()
    await desk.openList(forumId)
    await desk.chooseImportFile(messyPath)
    // Keep the repeat of row 5 on purpose (said to be someone else): two records of one person.
    await desk.distinctBox(12).check()
    await desk.importKept(5)

    await desk.openDesk(forumId)
    await desk.search().fill('ndolu')
    await expect(desk.options()).toHaveCount(2)
    await desk.checkInWithSignature('ndolu', 'Yohanes Ndolu')

    await page.goto('./#/people')
    await page.getByLabel('Cari peserta').fill('ndolu')
    const rows = page.getByTestId('people-row')
    await expect(rows).toHaveCount(2)
    await rows.nth(0).getByRole('checkbox').check()
    await rows.nth(1).getByRole('checkbox').check()
    await page
      .getByTestId('people-merge')
      .getByRole('button', { name: 'Pertahankan Dr. Ir. H. Yohanes Ndolu, M.Si' })
      .click()
    await expect(rows).toHaveCount(1)
    await expect(rows.first()).toHaveAttribute('data-name', 'Dr. Ir. H. Yohanes Ndolu, M.Si')

    await desk.openDesk(forumId)
    await expect(page.getByTestId('checkin-counter')).toHaveText('1 dari 4 hadir')
    await desk.search().fill('ndolu')
    await expect(desk.options()).toHaveCount(1)
    await desk.options().first().click()
    await expect(page.getByTestId('checkin-already')).toContainText(
      'Dr. Ir. H. Yohanes Ndolu, M.Si sudah hadir',
    )
    await expect(page.getByTestId('checkin-signature')).toHaveAttribute('data-signed', 'true')
  })
})

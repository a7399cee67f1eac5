import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './support/test'
import {
  messyListXlsx,
  MESSY_LIST_EXPECTED,
  MESSY_LIST_ROWS,
} from '../fixtures/participants/messy-list'
import { ParticipantsDesk } from './pages/participants'

const reviewPath = join(tmpdir(), `mufakat-e2e-review-${process.pid}.xlsx`)
const messyPath = join(tmpdir(), `mufakat-e2e-review-messy-${process.pid}.xlsx`)

const HEADER = ['No', 'Nama', 'L/P', 'Instansi', 'Unsur', 'No. HP', 'Email']

test.beforeAll(async () => {
  // A list as it comes back from a secretariat: "-", "n/a", "tidak ada" in the empty cells, the
  // header printed again on page 2, a namesake from another campus, a row without a name, a
  // totals line and a signature under the table.
  writeFileSync(
    reviewPath,
    await messyListXlsx([
      ['DAFTAR UNDANGAN FKP'],
      HEADER,
      [1, 'Ana Bria', 'P', 'LSM Bengkel APPeK', 'OMS', '-', 'ana@example.org'],
      [2, 'Agustinus Lay', 'L', 'CV Flobamora Jaya', 'Pengguna Layanan', 'n/a', 'agus@flobamora'],
      [3, 'Yohanes Ndolu', 'L', 'Universitas Nusa Cendana', 'Akademisi', '—', 'tidak ada'],
      [],
      HEADER,
      [4, 'Yohanes Ndolu', 'L', 'Politeknik Negeri Kupang', 'Akademisi', '-', '-'],
      [5, '-', 'P', 'Dinas Kominfo', 'Instansi Terkait', '-', '-'],
      [6, 'Siti Rahma', 'P', 'PKK Kelurahan Oebobo', 'OMS', '081337001122', '.'],
      [null, 'Jumlah', null, null, null, null, null],
      [null, null, null, 'Kupang, 9 Maret 2026'],
      [null, null, null, 'Kepala Dinas Penanaman Modal dan PTSP,'],
    ]),
  )
  writeFileSync(messyPath, await messyListXlsx(MESSY_LIST_ROWS))
})

test.describe('the import preview', () => {
  test('a bad e-mail is fixed in place, a namesake confirmed, skipped rows listed, and all is imported at once', async ({
    page,
  }) => {
    const desk = new ParticipantsDesk(page)
    const forumId = await desk.createForum()
    await desk.openList(forumId)
    await desk.chooseImportFile(reviewPath)

    await expect(page.getByTestId('import-summary')).toHaveText(
      '6 baris data · 2 bermasalah · 1 duplikat · 5 baris dilewati',
    )
    // Problem rows first, then the duplicate, then the good rows, each with its sheet row number.
    expect(await desk.previewOrder()).toEqual([4, 9, 8, 3, 5, 10])
    await expect(desk.previewRow(9)).toContainText('Kolom B (Nama): nama kosong')
    // Placeholders are empty cells, not bad phone numbers or e-mails.
    await expect(desk.previewRow(3)).toContainText('Siap')
    await expect(desk.previewRow(10)).toContainText('Siap')

    const skipped = page.getByTestId('import-skipped')
    await expect(skipped).toContainText('5 baris dilewati')
    await expect(skipped.getByRole('listitem')).toHaveText([
      'Baris 6: kosong (atau hanya berisi "-", "n/a" dan sejenisnya)',
      'Baris 7: judul kolom berulang',
      'Baris 11–13: bagian penutup di bawah tabel (tanda tangan, jumlah)',
    ])

    // One field fixes the e-mail: the row is checked again as it is typed, and ticked.
    const email = desk.fixField(4, 'E-mail')
    await expect(email).toHaveValue('agus@flobamora')
    await expect(desk.previewRow(4)).toContainText(
      'Kolom G (E-mail): e-mail "agus@flobamora" tidak sah',
    )
    await expect(desk.keepBox(4)).toBeDisabled()
    await email.fill('agus@flobamora.co')
    await expect(page.getByTestId('import-note-4-email')).toHaveText('Sudah benar')
    await expect(desk.keepBox(4)).toBeChecked()
    await email.fill('agus@')
    await expect(page.getByTestId('import-note-4-email')).toHaveText(
      'Kolom G (E-mail): e-mail "agus@" tidak sah',
    )
    await expect(desk.keepBox(4)).toBeDisabled()
    await email.fill('agus@flobamora.co.id')
    await expect(desk.keepBox(4)).toBeChecked()

    // The namesake cannot be ticked until someone says it is another person.
    await expect(desk.previewRow(8)).toContainText('Duplikat baris 5 dalam berkas')
    await expect(desk.keepBox(8)).toBeDisabled()
    await expect(page.getByTestId('import-reason-8')).toHaveText(
      'Mungkin orang yang sama. Centang "Bukan orang yang sama" untuk mengimpor baris ini.',
    )
    await desk.distinctBox(8).check()
    await expect(desk.keepBox(8)).toBeEnabled()
    await expect(desk.keepBox(8)).toBeChecked()
    // Fixing a row does not move it away from where the user is working.
    expect(await desk.previewOrder()).toEqual([4, 9, 8, 3, 5, 10])

    await desk.importSubmit().click()
    await expect(page.getByTestId('import-message')).toHaveText(
      '5 orang masuk ke daftar (5 baru, 0 dari registri). Dilewati: 1 baris bermasalah; ' +
        '1 baris kosong; 3 baris penutup; 1 judul kolom berulang.',
    )
    await expect(desk.count()).toHaveText('5 orang dalam daftar')
    await expect(desk.rows().filter({ hasText: 'Yohanes Ndolu' })).toHaveCount(2)
    await page.getByRole('button', { name: 'Tampilkan kontak' }).click()
    await expect(
      desk.rows().filter({ hasText: 'Agustinus Lay' }).getByTestId('participant-contact'),
    ).toContainText('agus@flobamora.co.id')
  })
})

test.describe('the registry panel', () => {
  test('three people from an earlier forum are ticked and added in one go', async ({ page }) => {
    const desk = new ParticipantsDesk(page)
    const earlier = await desk.createForum('FKP Survei Kepuasan Masyarakat 2025')
    await desk.openList(earlier)
    await desk.chooseImportFile(messyPath)
    await desk.importKept(MESSY_LIST_EXPECTED.keptByDefault.length)

    const forumId = await desk.createForum()
    await desk.openList(forumId)
    await desk.openRegistryPanel()
    const panel = desk.registryPanel()
    // One of the four is already on this forum's list.
    await panel.getByRole('button', { name: 'Tambahkan Siti Rahma' }).click()
    await expect(panel.getByTestId('add-existing-notice')).toHaveText(
      '1 orang ditambahkan ke daftar.',
    )
    await expect(desk.count()).toHaveText('1 orang dalam daftar')

    await panel.getByRole('checkbox', { name: 'Pilih semua yang tampil (3)' }).check()
    await expect(panel.getByTestId('add-existing-listed-shown')).toHaveText(
      '1 orang yang tampil sudah di daftar dan tidak ikut dipilih.',
    )
    await expect(panel.getByRole('checkbox', { name: 'Pilih Siti Rahma' })).toBeDisabled()
    await panel.getByRole('button', { name: 'Tambahkan 3 orang' }).click()
    await expect(panel.getByTestId('add-existing-notice')).toHaveText(
      '3 orang ditambahkan ke daftar.',
    )
    await expect(desk.count()).toHaveText('4 orang dalam daftar')
    await expect(desk.rows().locator('strong')).toHaveText([
      'Elisabeth Manu, S.E',
      'Maria Goreti Bria, S.Sos., M.AP',
      'Siti Rahma',
      'Dr. Ir. H. Yohanes Ndolu, M.Si',
    ])
    await expect(panel.getByRole('button', { name: /^Tambahkan \d+ orang$/ })).toBeDisabled()
  })
})

import { readFileSync } from 'node:fs'
import { expect, test } from './support/test'
import { dropFiles } from './support/drop'
import { tinyPng } from './support/tiny-png'
import { DataSafetyPage } from './pages/data-safety'
import { DocumentsRoom } from './pages/documents'
import { FollowUpPage } from './pages/follow-up'
import { LiveRoom } from './pages/live'
import { ParticipantsDesk } from './pages/participants'

const SAMPLE_FORUM = 'Forum Konsultasi Publik Penyusunan Standar Pelayanan Perizinan Berusaha'
const CSV = 'Nama,L/P,Unsur,Instansi\nMaria Goreti Bria,P,Pengguna Layanan,CV Sejahtera\n'
const pdf = (name: string) => ({
  name,
  mimeType: 'application/pdf',
  buffer: Buffer.from('%PDF-1.7 not what this screen takes'),
})
const mufakat = (buffer: Buffer, name = 'cadangan.mufakat') => ({
  name,
  mimeType: 'application/octet-stream',
  buffer,
})

test.describe('files dropped on the window', () => {
  test('a CSV dropped on the invitation list opens its import preview; a PDF is refused', async ({
    page,
  }) => {
    const desk = new ParticipantsDesk(page)
    const forumId = await desk.createForum()
    await desk.openList(forumId)
    await page.getByRole('button', { name: 'Impor XLSX/CSV' }).click()
    const zone = page.getByTestId('import-drop')

    await dropFiles(zone, [pdf('daftar-undangan.pdf')])
    await expect(zone.getByTestId('drop-refusal')).toHaveText(
      '«daftar-undangan.pdf» bukan berkas XLSX atau CSV. Seret berkas XLSX atau CSV ke sini. Tidak ada yang diubah.',
    )
    await expect(page.getByTestId('import-file')).toBeHidden()

    await dropFiles(zone, [
      { name: 'undangan.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) },
    ])
    await expect(page.getByTestId('import-file')).toContainText('undangan.csv')
    await expect(zone.getByTestId('drop-refusal')).toBeHidden()
    await expect(desk.importSubmit()).toHaveText('Impor 1 baris terpilih')
    await expect(desk.rows()).toHaveCount(0)
  })

  test('a backup dropped on Pulihkan is previewed, never restored without the yes', async ({
    page,
  }) => {
    const live = new LiveRoom(page)
    await live.loadSampleForum()
    const safety = new DataSafetyPage(page)
    await safety.open()
    const { bytes } = await safety.backup()
    const forumPackage = await safety.exportForum(SAMPLE_FORUM)
    const before = await safety.dump()
    const zone = page.getByTestId('restore-drop')

    await dropFiles(zone, [{ name: 'catatan.txt', mimeType: 'text/plain', buffer: bytes }])
    await expect(zone.getByTestId('drop-refusal')).toContainText(
      '«catatan.txt» bukan berkas .mufakat',
    )
    await expect(safety.preview()).toBeHidden()

    // A forum package is not a backup: the restore screen says so and keeps everything.
    await dropFiles(zone, [mufakat(forumPackage, 'forum.mufakat')])
    await expect(safety.restoreError()).toBeVisible()
    await expect(safety.preview()).toBeHidden()

    await dropFiles(zone, [mufakat(bytes)])
    await expect(safety.preview()).toBeVisible()
    await expect(page.getByTestId('restore-confirm')).toBeHidden()
    expect(await safety.dump()).toEqual(before)
  })

  test('a forum package dropped on the forum import is previewed, not merged', async ({ page }) => {
    const live = new LiveRoom(page)
    await live.loadSampleForum()
    const safety = new DataSafetyPage(page)
    await safety.open()
    const forumPackage = await safety.exportForum(SAMPLE_FORUM)
    const before = await safety.dump()
    const zone = page.getByTestId('exchange-drop')

    await dropFiles(zone, [pdf('forum.pdf')])
    await expect(zone.getByTestId('drop-refusal')).toContainText(
      '«forum.pdf» bukan berkas .mufakat',
    )
    await expect(page.getByTestId('exchange-preview')).toBeHidden()

    await dropFiles(zone, [mufakat(forumPackage, 'forum.mufakat')])
    await expect(page.getByTestId('exchange-summary')).toContainText('Penyusunan Standar Pelayanan')
    await expect(page.getByRole('button', { name: 'Gabungkan' })).toBeVisible()
    expect(await safety.dump()).toEqual(before)
  })

  test('photos dropped on the documentation panel are added; a GIF is refused', async ({
    page,
  }) => {
    const live = new LiveRoom(page)
    const forumId = await live.loadSampleForum()
    await new DocumentsRoom(page).open(forumId)
    const zone = page.getByTestId('photo-drop')
    const photos = page.getByTestId('photos').getByTestId('photo')
    const before = await photos.count()

    await dropFiles(zone, [{ name: 'animasi.gif', mimeType: 'image/gif', buffer: tinyPng() }])
    await expect(zone.getByTestId('drop-refusal')).toContainText(
      '«animasi.gif» bukan berkas JPEG atau PNG',
    )
    await expect(photos).toHaveCount(before)

    await dropFiles(zone, [
      { name: 'pembukaan.png', mimeType: 'image/png', buffer: tinyPng() },
      { name: 'diskusi.png', mimeType: 'image/png', buffer: tinyPng() },
    ])
    await expect(photos).toHaveCount(before + 2)
    await expect(page.getByTestId('photos').getByRole('img', { name: 'diskusi.png' })).toBeVisible()
  })

  test("a photo dropped on an action item's progress becomes pending evidence", async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date('2026-07-01T08:00:00+08:00'))
    const followUp = new FollowUpPage(page)
    await followUp.loadSample()
    await followUp.open()
    await followUp.openItem('Mengajukan hak akses data kependudukan')
    const zone = page.getByTestId('evidence-drop')

    await dropFiles(zone, [
      { name: 'setup.exe', mimeType: 'application/octet-stream', buffer: tinyPng() },
    ])
    await expect(zone.getByTestId('drop-refusal')).toContainText(
      '«setup.exe» bukan berkas foto, PDF, DOCX atau XLSX',
    )
    await expect(page.getByTestId('pending-evidence')).toBeHidden()

    await dropFiles(zone, [
      { name: 'surat-permohonan.png', mimeType: 'image/png', buffer: tinyPng() },
    ])
    await expect(page.getByTestId('pending-evidence')).toContainText('surat-permohonan.png')
  })

  test('a DOCX dropped on Verifikasi is judged; a PDF is refused', async ({ page }) => {
    await page.goto('./#/verify')
    const zone = page.getByTestId('verify-drop')

    await dropFiles(zone, [pdf('berita-acara.pdf')])
    await expect(zone.getByTestId('drop-refusal')).toContainText(
      '«berita-acara.pdf» bukan berkas DOCX (Word)',
    )
    await expect(page.getByTestId('verify-result')).toBeHidden()

    const docx = readFileSync('tests/fixtures/verification/v1-nota-kesepakatan.docx')
    await dropFiles(zone, [
      {
        name: 'nota-kesepakatan.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        buffer: docx,
      },
    ])
    await expect(page.getByTestId('verify-result')).toBeVisible()
  })
})

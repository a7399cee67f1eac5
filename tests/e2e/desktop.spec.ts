import { readFileSync } from 'node:fs'
import { expect, test } from './support/test'
import { dropFiles } from './support/drop'
import { tinyPng } from './support/tiny-png'
import { DataSafetyPage } from './pages/data-safety'
import { DocumentsRoom } from './pages/documents'
import { FollowUpPage } from './pages/follow-up'
import { LiveRoom, ProjectorScreen } from './pages/live'
import { ParticipantsDesk } from './pages/participants'

const SAMPLE_FORUM = 'Forum Konsultasi Publik Penyusunan Standar Pelayanan Perizinan Berusaha'
const CSV = 'Nama,L/P,Unsur,Instansi\nMaria Goreti Bria,P,Pengguna Layanan,CV Sejahtera\n'
const pdf = (name: string) => ({
  name,
  mimeType: 'application/pdf',
  buffer: Buffer.from('%PDF-1.7 not what this screen takes'),
})
/**
 * Every table but settings: the follow-up reminder stamps its day there whenever it first shows,
 * which has nothing to do with the file dropped.
 */
async function records(safety: DataSafetyPage) {
  const { settings: _reminderDay, ...tables } = await safety.dump()
  return tables
}

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
    const before = await records(safety)
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
    expect(await records(safety)).toEqual(before)
  })

  test('a forum package dropped on the forum import is previewed, not merged', async ({ page }) => {
    const live = new LiveRoom(page)
    await live.loadSampleForum()
    const safety = new DataSafetyPage(page)
    await safety.open()
    const forumPackage = await safety.exportForum(SAMPLE_FORUM)
    const before = await records(safety)
    const zone = page.getByTestId('exchange-drop')

    await dropFiles(zone, [pdf('forum.pdf')])
    await expect(zone.getByTestId('drop-refusal')).toContainText(
      '«forum.pdf» bukan berkas .mufakat',
    )
    await expect(page.getByTestId('exchange-preview')).toBeHidden()

    await dropFiles(zone, [mufakat(forumPackage, 'forum.mufakat')])
    await expect(page.getByTestId('exchange-summary')).toContainText('Penyusunan Standar Pelayanan')
    await expect(page.getByRole('button', { name: 'Gabungkan' })).toBeVisible()
    expect(await records(safety)).toEqual(before)
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

test.describe('the projector in a real hall', () => {
  test('blank, welcome, a light theme and larger text chosen in the live room show on the projector', async ({
    page,
    context,
  }) => {
    const room = new LiveRoom(page)
    const forumId = await room.loadSampleForum()
    const screen = new ProjectorScreen(await context.newPage())
    await screen.open(forumId)
    await expect(screen.root()).toHaveAttribute('data-mode', 'agenda')
    await expect(screen.root()).toHaveAttribute('data-theme', 'dark')
    const normalSize = await screen.root().evaluate((node) => getComputedStyle(node).fontSize)

    await room.openLive(forumId)
    const mode = page.getByRole('combobox', { name: 'Layar proyektor menampilkan' })
    await mode.selectOption({ label: 'Layar kosong' })
    await expect(screen.root()).toHaveAttribute('data-mode', 'blank')
    expect(await screen.root().innerText()).toBe('')

    await mode.selectOption({ label: 'Layar sambutan' })
    const welcome = screen.page.getByTestId('projector-welcome')
    await expect(welcome).toContainText('Selamat datang')
    await expect(welcome.getByRole('heading')).toHaveText(SAMPLE_FORUM)
    await expect(welcome).toContainText('Senin, 9 Maret 2026 · Aula Kantor Wali Kota')
    await expect(welcome).toContainText(
      'Diselenggarakan oleh Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Kupang',
    )

    await page
      .getByRole('combobox', { name: 'Tema proyektor' })
      .selectOption({ label: 'Terang (ruang terang)' })
    await expect(screen.root()).toHaveAttribute('data-theme', 'light')
    await expect(screen.root()).toHaveCSS('background-color', 'rgb(255, 255, 255)')

    await page
      .getByRole('combobox', { name: 'Ukuran teks proyektor' })
      .selectOption({ label: 'Sangat besar' })
    await expect(screen.root()).toHaveAttribute('data-text-size', 'larger')
    const largerSize = await screen.root().evaluate((node) => getComputedStyle(node).fontSize)
    expect(parseFloat(largerSize)).toBeCloseTo(parseFloat(normalSize) * 1.5, 0)

    // The web twin knows one display; picking it is kept.
    const display = page.getByRole('combobox', { name: 'Layar untuk proyektor' })
    await expect(display.getByRole('option')).toHaveText([
      'Otomatis (layar yang tidak menampilkan jendela ini)',
      /^Layar 1 — [\d.]+ × [\d.]+ \(layar utama\)$/,
    ])
    await display.selectOption({ index: 1 })
    await expect(display).toHaveValue('1')

    // Stored, not only pushed: a reloaded projector comes back the same.
    await screen.page.reload()
    await expect(screen.root()).toHaveAttribute('data-mode', 'welcome')
    await expect(screen.root()).toHaveAttribute('data-theme', 'light')
    await expect(screen.root()).toHaveAttribute('data-text-size', 'larger')
    expect(await screen.root().innerText()).not.toMatch(/@|(\+62|08)\d{7,}/)
  })
})

test.describe('Bantuan', () => {
  test('the offline manual walks the forum step by step, with its screenshots loaded', async ({
    page,
  }) => {
    await page.goto('./#/')
    await page
      .getByRole('navigation', { name: 'Navigasi utama' })
      .getByRole('link', { name: 'Bantuan' })
      .click()
    await expect(page).toHaveURL(/#\/help$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Bantuan: panduan forum langkah demi langkah',
    )
    const steps = [
      '1. Menyiapkan forum',
      '2. Daftar undangan',
      '3. Registrasi di meja hadir',
      '4. Ruang forum langsung',
      '5. Layar proyektor',
      '6. Kesepakatan dan mufakat',
      '7. Dokumen resmi',
      '8. Tindak lanjut',
      '9. Menjaga data',
    ]
    const manual = page.getByTestId('help-page')
    await expect(manual.getByRole('region').getByRole('heading', { level: 2 })).toHaveText(steps)
    await expect(
      page.getByRole('navigation', { name: 'Isi panduan' }).getByRole('link'),
    ).toHaveText(steps)

    const images = manual.getByRole('img')
    await expect(images).toHaveCount(8)
    for (const image of await images.all()) {
      await image.scrollIntoViewIfNeeded()
      await expect(image).toHaveAttribute('alt', /^.{30,}$/)
      await expect
        .poll(() => image.evaluate((node: HTMLImageElement) => node.complete && node.naturalWidth))
        .toBe(1000)
    }

    // The contents jump to a step without leaving the manual's route.
    await page.getByRole('link', { name: '8. Tindak lanjut' }).click()
    await expect(page.getByRole('heading', { name: '8. Tindak lanjut' })).toBeInViewport()
    await expect(page).toHaveURL(/#\/help$/)

    await page.getByLabel('Bahasa').selectOption('en')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Help: the forum step by step')
  })
})

import { expect, test } from './support/test'
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { unzipSync, zipSync, strFromU8, strToU8 } from 'fflate'
import { placeholderPhotoPng } from '../../src/shared/documents/synthetic'
import { DocumentsRoom } from './pages/documents'
import { dataUrlBytes, drawnJpeg, storedJpegSize, withExif } from './support/jpeg'
import { LiveRoom } from './pages/live'

const REPRESENTATIVES = [
  'Dominggus Tefa, S.E.',
  'Dr. Welhelmina Selfina Ratu Edo, S.E., M.Si',
  'Anselmus Kefi',
]

test.describe('documents', () => {
  test('sign on screen, finalise, verify the download and its code; an edited copy does not match', async ({
    page,
  }, testInfo) => {
    const room = new DocumentsRoom(page)
    await room.openSample()

    // Arrange: the sample's representatives have not signed yet; pre-flight says so.
    await expect(room.preflightProblems().filter({ hasText: 'Dominggus Tefa' })).toBeVisible()
    await room.signOnScreen(REPRESENTATIVES[0]!)
    await room.markWet(REPRESENTATIVES[1]!)
    await room.markWet(REPRESENTATIVES[2]!)
    await expect(room.preflightProblems()).toHaveCount(0)
    await expect(page.getByTestId('document-preview')).toContainText(
      'Pada hari ini Senin tanggal sembilan bulan Maret tahun dua ribu dua puluh enam',
    )

    // Act: finalise the Berita Acara; the web twin downloads it.
    const download = await room.finalise()
    expect(download.suggestedFilename()).toBe('Berita Acara Kesepakatan.docx')
    const path = testInfo.outputPath('berita-acara.docx')
    await download.saveAs(path)
    const code = await room.verificationCode()
    await expect(page.getByTestId('finalised-document')).toHaveCount(1)

    // Assert: the downloaded file verifies, and so does its typed code.
    await room.verifyFile(path)
    await expect(room.result()).toHaveAttribute('data-tone', 'ok')
    await expect(room.result()).toContainText('Cocok')
    await expect(room.result()).toContainText('000.1.2/003/DPMPTSP/2026')
    await page.getByLabel('Kode verifikasi').fill(code.toLowerCase().replace(/-/g, ' '))
    await page.getByRole('button', { name: 'Periksa kode' }).click()
    await expect(room.result()).toContainText('Kode terdaftar')

    // A copy whose agreement was edited by hand no longer matches, and the screen says what changed.
    const files = unzipSync(readFileSync(path))
    const xml = strFromU8(files['word/document.xml']!)
    files['word/document.xml'] = strToU8(
      xml.replace('paling lambat tanggal 30 Juni 2026', 'paling lambat tanggal 31 Desember 2027'),
    )
    const forged = testInfo.outputPath('forged.docx')
    writeFileSync(forged, zipSync(files))
    await room.verifyFile(forged)
    await expect(room.result()).toHaveAttribute('data-tone', 'error')
    await expect(room.result()).toContainText(
      `berbeda dari dokumen yang difinalisasi dengan kode ${code}`,
    )
    await expect(page.getByTestId('verify-differences')).toContainText('31 Desember 2027')
    await page.screenshot({ path: testInfo.outputPath('verify-mismatch.png'), fullPage: true })
  })

  test('the evidence pack holds the finalised Berita Acara; a changed agreement makes a new revision', async ({
    page,
  }, testInfo) => {
    const live = new LiveRoom(page)
    const forumId = await live.loadSampleForum()
    const room = new DocumentsRoom(page)
    await room.open(forumId)
    for (const name of REPRESENTATIVES) await room.markWet(name)
    await room.finalise()
    const code = await room.verificationCode()

    // The evidence pack holds every document, the Berita Acara as finalised (its code inside).
    const packDownload = page.waitForEvent('download')
    await page.getByRole('button', { name: /^Paket bukti/ }).click()
    const pack = unzipSync(readFileSync(await (await packDownload).path()))
    expect(Object.keys(pack)).toEqual([
      '01 Berita Acara Kesepakatan.docx',
      '02 Daftar Hadir.docx',
      '03 Notulen.docx',
      '04 Rencana Tindak Lanjut.docx',
      '05 Laporan Pelaksanaan.docx',
      '06 Surat Undangan.docx',
    ])
    const packedFooter = Object.entries(unzipSync(pack['01 Berita Acara Kesepakatan.docx']!))
      .filter(([name]) => name.startsWith('word/footer'))
      .map(([, bytes]) => strFromU8(bytes))
      .join('')
    expect(packedFooter).toContain(code)

    // Changing an agreement after finalising opens revision 2.
    await live.openLive(forumId, 'agreements')
    const text = live.agreementText(live.agreements().nth(2))
    await text.fill(`${await text.inputValue()} dan toilet ramah disabilitas`)
    await text.blur()
    await room.open(forumId)
    await expect(page.getByTestId('revision-banner')).toContainText('revisi 2')
    await expect(page.getByTestId('document-preview')).toContainText('Revisi 2')
    await expect(page.getByTestId('document-preview')).toContainText('dan toilet ramah disabilitas')

    // The old file is now outdated; finalising again keeps the nomor under revision 2.
    const second = await room.finalise()
    await second.saveAs(testInfo.outputPath('berita-acara-rev2.docx'))
    await expect(page.getByTestId('finalised-document')).toHaveCount(2)
    await expect(page.getByTestId('finalised-document').first()).toContainText(
      '000.1.2/003/DPMPTSP/2026',
    )
    await expect(page.getByTestId('revision-banner')).toBeHidden()
    await page.screenshot({ path: testInfo.outputPath('documents.png'), fullPage: true })
  })

  test('the nomor is typed at finalisation; a nomor another document carries is refused', async ({
    page,
  }) => {
    const room = new DocumentsRoom(page)
    await room.openSample()

    // The app's counter suggests the next number; the secretariat types the agenda book's.
    await expect(room.nomorField()).toHaveValue('000.1.2/003/DPMPTSP/2026')
    await room.nomorField().fill('000.1.2/117/DPMPTSP/2026')
    await room.finalise()
    await expect(page.getByTestId('documents-message')).toContainText(
      'nomor 000.1.2/117/DPMPTSP/2026',
    )
    await expect(page.getByTestId('finalised-document')).toContainText('000.1.2/117/DPMPTSP/2026')

    // The Laporan is offered the counter's number, which did not move; the same typed nomor is
    // refused, naming the field, and nothing is finalised.
    await page.getByLabel('Dokumen', { exact: true }).selectOption('laporan')
    await expect(room.nomorField()).toHaveValue('000.1.2/003/DPMPTSP/2026')
    await room.nomorField().fill('000.1.2/117/DPMPTSP/2026')
    await page.getByRole('button', { name: /^Finalisasi/ }).click()
    await expect(page.getByRole('alert')).toContainText(
      'Nomor surat: Sudah dipakai oleh dokumen lain yang sudah difinalisasi.',
    )
    await expect(page.getByTestId('finalised-document')).toHaveCount(1)
  })

  test('after finalising only the Daftar Hadir, the signatures it does not hold stay open', async ({
    page,
  }) => {
    const room = new DocumentsRoom(page)
    await room.openSample()
    await page.getByLabel('Dokumen', { exact: true }).selectOption('daftar_hadir_1')
    await room.finalise()

    // The head signs the Daftar Hadir: that block is locked, the representatives' are not.
    const head = page.getByTestId('signatory').and(page.locator('[data-role="penyelenggara"]'))
    await expect(head).toHaveAttribute('data-locked', 'true')
    await expect(head.getByRole('button', { name: 'Tanda tangani di layar' })).toHaveCount(0)
    await expect(
      head.getByRole('checkbox', { name: 'Tanda tangan basah di kertas' }),
    ).toBeDisabled()
    await room.signOnScreen(REPRESENTATIVES[0]!)
    await room.markWet(REPRESENTATIVES[1]!)

    // A signatory added afterwards can be signed too.
    await page.getByText('Tambah penanda tangan', { exact: true }).first().click()
    const form = page.getByTestId('signatory-form')
    await form.getByLabel('Peran').selectOption('perwakilan_peserta')
    await form.getByLabel('Nama (dengan gelar)').fill('Maria Goreti Bria, S.Sos.')
    await form.getByLabel('Jabatan').fill('Ketua PKK Kelurahan Oebobo')
    await form.getByRole('button', { name: 'Tambah penanda tangan' }).click()
    await expect(room.signatory('Maria Goreti Bria')).toHaveAttribute('data-locked', 'false')
    await room.signOnScreen('Maria Goreti Bria')
  })

  test('a signatory signing a.n. and u.b. prints the office, the a.n. position and its own', async ({
    page,
  }) => {
    const room = new DocumentsRoom(page)
    await room.openSample()
    await page.getByText('Tambah penanda tangan', { exact: true }).first().click()
    const form = page.getByTestId('signatory-form')
    await form.getByLabel('Peran').selectOption('mengetahui')
    await form.getByLabel('Keterangan penandatanganan').selectOption('u.b.')
    await form.getByLabel('Nama (dengan gelar)').fill('Yohanes Benu, S.H.')
    await form.getByLabel('Jabatan', { exact: true }).fill('Kepala Bagian Organisasi')
    await form.getByLabel('Atas nama (a.n.)').fill('Wali Kota Kupang')
    await form.getByLabel('Untuk beliau (u.b.)').fill('Sekretaris Daerah')
    await form.getByRole('button', { name: 'Tambah penanda tangan' }).click()
    await expect(room.signatory('Yohanes Benu')).toBeVisible()

    // The Berita Acara's Mengetahui block, line by line.
    const slot = page
      .getByTestId('document-preview')
      .locator('.doc-slot')
      .filter({ hasText: 'Yohanes Benu' })
    await expect(slot).toHaveText(
      /^Mengetahui,\s*a\.n\. Wali Kota Kupang,\s*Sekretaris Daerah,\s*u\.b\.\s*Kepala Bagian Organisasi,\s*Yohanes Benu, S\.H\.$/,
    )
  })

  test('the Surat Undangan takes its edited date, sifat, lampiran and hal, kept over a reload', async ({
    page,
  }) => {
    const room = new DocumentsRoom(page)
    await room.openSample()
    await page.getByLabel('Dokumen', { exact: true }).selectOption('undangan')
    const preview = page.getByTestId('document-preview')
    await expect(preview).toContainText('Kupang, 2 Maret 2026')

    const letter = page.getByTestId('invitation')
    await letter.getByLabel('Tanggal surat').fill('2026-02-27')
    await letter.getByLabel('Sifat').fill('Segera')
    await letter.getByLabel('Lampiran').fill('2 (dua) lembar')
    await letter.getByLabel('Hal').fill('Permohonan Kehadiran pada Forum Konsultasi Publik')
    await letter.getByRole('button', { name: 'Simpan surat undangan' }).click()
    await expect(page.getByTestId('documents-message')).toContainText('disimpan')

    for (const text of [
      'Kupang, 27 Februari 2026',
      'Segera',
      '2 (dua) lembar',
      'Permohonan Kehadiran pada Forum Konsultasi Publik',
      'DAFTAR UNDANGAN',
      'Dominggus Tefa',
    ])
      await expect(preview).toContainText(text)

    await page.reload()
    await page.getByLabel('Dokumen', { exact: true }).selectOption('undangan')
    await expect(page.getByTestId('invitation').getByLabel('Sifat')).toHaveValue('Segera')
    await expect(page.getByTestId('document-preview')).toContainText('Kupang, 27 Februari 2026')
  })

  test('a blank Daftar Hadir from the invitation list; signed on paper marks the day present', async ({
    page,
  }) => {
    const room = new DocumentsRoom(page)
    await room.openSample()
    const paper = page.getByTestId('paper-attendance')

    // Before the forum: the invitation list, every signature cell empty, phones left out.
    const download = page.waitForEvent('download')
    await paper
      .getByRole('button', { name: /^Unduh daftar hadir kosong Senin, 9 Maret 2026/ })
      .click()
    const file = await download
    expect(file.suggestedFilename()).toBe('Daftar Hadir Kosong.docx')
    const xml = strFromU8(unzipSync(readFileSync(await file.path()))['word/document.xml']!)
    expect(xml).toContain('Yohanis Benu')
    expect(xml).not.toContain('<pic:pic')

    // Two invitees never checked in at the desk; the signed sheet says they came.
    await page.getByLabel('Dokumen', { exact: true }).selectOption('daftar_hadir_1')
    await expect(page.getByTestId('document-preview')).not.toContainText('Yohanis Benu')
    await paper.getByRole('button', { name: 'Ditandatangani di kertas' }).click()
    const ask = paper.getByRole('alertdialog')
    await expect(ask).toContainText(
      'Tandai 2 peserta undangan yang belum tercatat hadir pada Senin, 9 Maret 2026',
    )
    await ask.getByRole('button', { name: 'Batal' }).click()
    await expect(ask).toBeHidden()
    await expect(page.getByTestId('document-preview')).not.toContainText('Yohanis Benu')

    await paper.getByRole('button', { name: 'Ditandatangani di kertas' }).click()
    await paper.getByRole('alertdialog').getByRole('button', { name: 'Ya, tandai hadir' }).click()
    await expect(page.getByTestId('documents-message')).toContainText(
      '2 peserta ditandai hadir pada Senin, 9 Maret 2026',
    )
    await expect(page.getByTestId('document-preview')).toContainText('Yohanis Benu')
    await expect(page.getByTestId('document-preview')).toContainText('Ricky Messakh')
    await expect(paper.getByRole('button', { name: 'Ditandatangani di kertas' })).toBeDisabled()
  })

  test('"Cetak" prints through the platform; the print follows the paper with page numbers and the code', async ({
    page,
  }, testInfo) => {
    const room = new DocumentsRoom(page)
    await room.openSample()
    await room.finalise()
    const code = await room.verificationCode()

    // The web twin's bridge calls window.print: stubbed here to see the call.
    await page.evaluate(() => {
      const w = window as unknown as { printed: number; print: () => void }
      w.printed = 0
      w.print = () => {
        w.printed += 1
      }
    })
    await page.getByRole('button', { name: 'Cetak', exact: true }).click()
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
      .toBe(1)

    // What the print dialog gets: the profile's F4 sheet, "- 2 -" from page 2, the code on each page.
    await page.emulateMedia({ media: 'print' })
    const pdf = testInfo.outputPath('berita-acara.pdf')
    await page.pdf({ path: pdf, preferCSSPageSize: true })
    const info = execFileSync('pdfinfo', [pdf]).toString()
    expect(info).toMatch(/Page size:\s+609\.\d+ x 935\.\d+ pts/)
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1])
    expect(pages).toBeGreaterThan(2)
    const text = (n: number) =>
      execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdf, '-']).toString()
    // pdftotext reads "- 2 -" as "-2-": the spaces are narrow.
    expect(text(1)).not.toMatch(/^\s*-\s?1\s?-\s*$/m)
    expect(text(1)).toContain('BERITA ACARA KESEPAKATAN')
    expect(text(1)).toContain(`Kode verifikasi: ${code}`)
    expect(text(2)).toMatch(/^\s*-\s?2\s?-\s*$/m)
    expect(text(2)).toContain(`Kode verifikasi: ${code}`)
    expect(text(pages)).toMatch(new RegExp(`^\\s*-\\s?${pages}\\s?-\\s*$`, 'm'))
    expect(text(pages)).toContain(`Kode verifikasi: ${code}`)
  })

  test('pre-flight names an undated photo and leads to where it is fixed', async ({
    page,
  }, testInfo) => {
    const room = new DocumentsRoom(page)
    await room.openSample()
    const photo = testInfo.outputPath('pembukaan.png')
    writeFileSync(photo, placeholderPhotoPng(7))

    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Tambah foto' }).click()
    await (await chooser).setFiles(photo)
    const problem = room.preflightProblems().filter({ hasText: 'pembukaan.png' })
    await expect(problem).toContainText('belum bertanggal')

    await problem.getByRole('link', { name: 'Perbaiki' }).click()
    const row = page.getByTestId('photo')
    await expect(row).toBeInViewport()
    await row.getByLabel('Tanggal foto').fill('2026-03-09')
    await row.getByLabel('Keterangan').fill('Pembukaan forum')
    await row.getByRole('button', { name: 'Simpan' }).click()
    await expect(problem).toHaveCount(0)
    await page.getByLabel('Dokumen', { exact: true }).selectOption('laporan')
    await expect(page.getByTestId('document-preview')).toContainText(
      'Foto 1. Pembukaan forum (Senin, 9 Maret 2026)',
    )
  })

  test('photos are stored at 2048 px as upright JPEG with the camera date; the original when asked', async ({
    page,
  }, testInfo) => {
    const room = new DocumentsRoom(page)
    await room.openSample()
    const write = (name: string, bytes: Buffer) => {
      const path = testInfo.outputPath(name)
      writeFileSync(path, bytes)
      return path
    }
    const importPhoto = async (path: string) => {
      const chooser = page.waitForEvent('filechooser')
      await page.getByRole('button', { name: 'Tambah foto' }).click()
      await (await chooser).setFiles(path)
    }
    const stored = async (name: string) => {
      const image = page.getByTestId('photo').getByRole('img', { name, exact: true })
      return dataUrlBytes((await image.getAttribute('src')) ?? '')
    }
    const large = write('besar.png', await drawnJpeg(page, 4000, 3000))
    const sideways = await drawnJpeg(page, 64, 32)
    const rotated = withExif(sideways, { orientation: 6, dateTimeOriginal: '2026:03:09 10:15:42' })
    expect(storedJpegSize(rotated)).toEqual({ width: 64, height: 32 })

    // A 12-megapixel photo (named .png, but JPEG inside) is stored at a 2048-pixel long edge.
    await importPhoto(large)
    await expect(page.getByTestId('photo').getByRole('img', { name: 'besar.jpg' })).toBeVisible()
    const big = await stored('besar.jpg')
    expect(big.mime).toBe('image/jpeg')
    expect(storedJpegSize(big.bytes)).toEqual({ width: 2048, height: 1536 })

    // A sideways photo comes out upright (its pixels turned, no EXIF left to turn them) and dated.
    await importPhoto(write('miring.jpg', rotated))
    const row = page
      .getByTestId('photo')
      .filter({ has: page.getByRole('img', { name: 'miring.jpg' }) })
    await expect(row.getByLabel('Tanggal foto')).toHaveValue('2026-03-09')
    const upright = await stored('miring.jpg')
    expect(storedJpegSize(upright.bytes)).toEqual({ width: 32, height: 64 })
    const colours = await row.getByRole('img').evaluate(async (image: HTMLImageElement) => {
      await image.decode()
      const canvas = new OffscreenCanvas(image.naturalWidth, image.naturalHeight)
      const context = canvas.getContext('2d')!
      context.drawImage(image, 0, 0)
      const at = (x: number, y: number) => Array.from(context.getImageData(x, y, 1, 1).data)
      return { top: at(24, 8), bottom: at(24, 56) }
    })
    expect(colours.top[0]).toBeGreaterThan(200)
    expect(colours.top[2]).toBeLessThan(60)
    expect(colours.bottom[2]).toBeGreaterThan(200)
    expect(colours.bottom[0]).toBeLessThan(60)

    // "Simpan berkas asli" stores the file byte for byte.
    await page.getByLabel('Simpan berkas asli').check()
    await importPhoto(write('asli.jpg', rotated))
    await expect(page.getByTestId('photo').getByRole('img', { name: 'asli.jpg' })).toBeVisible()
    expect((await stored('asli.jpg')).bytes.equals(rotated)).toBe(true)
  })
})

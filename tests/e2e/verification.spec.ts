import { expect, test } from './support/test'
import { readFileSync, writeFileSync } from 'node:fs'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { formatWord } from '../unit/documents/docx-edit'
import { DocumentsRoom } from './pages/documents'
import { LiveRoom } from './pages/live'

const REPRESENTATIVES = [
  'Dominggus Tefa, S.E.',
  'Dr. Welhelmina Selfina Ratu Edo, S.E., M.Si',
  'Anselmus Kefi',
]

test.describe('verification', () => {
  test('a finalised Berita Acara with one word hidden verifies as same wording, naming the hidden word', async ({
    page,
  }, testInfo) => {
    // Arrange: the sample forum's Berita Acara, signed and finalised, downloaded.
    const live = new LiveRoom(page)
    const forumId = await live.loadSampleForum()
    const room = new DocumentsRoom(page)
    await room.open(forumId)
    await room.signOnScreen(REPRESENTATIVES[0]!)
    await room.markWet(REPRESENTATIVES[1]!)
    await room.markWet(REPRESENTATIVES[2]!)
    const download = await room.finalise()
    const path = testInfo.outputPath('berita-acara.docx')
    await download.saveAs(path)

    // Act: hide the word "tidak" in agreement 5 (w:vanish), as a forger would in Word.
    const files = unzipSync(readFileSync(path))
    files['word/document.xml'] = strToU8(
      formatWord(
        strFromU8(files['word/document.xml']!),
        'sehingga pemohon tidak lagi',
        'tidak',
        '<w:vanish/>',
      ),
    )
    const altered = testInfo.outputPath('hidden-word.docx')
    writeFileSync(altered, zipSync(files))
    await room.verifyFile(altered)

    // Assert: same wording, appearance changed, and the finding names the hidden word.
    await expect(room.result()).toHaveAttribute('data-verdict', 'sameWording')
    await expect(room.result()).toContainText('Isi sama, tampilan berubah')
    await expect(page.getByTestId('verify-findings')).toContainText(
      'Teks tersembunyi (tidak tampak dan tidak tercetak): “tidak”',
    )
    await page.screenshot({ path: testInfo.outputPath('verify-hidden-word.png'), fullPage: true })

    // The file as downloaded is the identical file.
    await room.verifyFile(path)
    await expect(room.result()).toHaveAttribute('data-verdict', 'identical')
    await expect(room.result()).toContainText('Cocok, berkas identik')
  })
})

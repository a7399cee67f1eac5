import { readFile } from 'node:fs/promises'
import { unzipSync } from 'fflate'
import { expect, test } from './support/test'
import { DataSafetyPage } from './pages/data-safety'
import { DocumentsRoom } from './pages/documents'
import { ParticipantsDesk } from './pages/participants'

test.describe('check-in by the QR code on the name tag', () => {
  test('the name tags are saved with a code each; one scan opens the signature, an unknown code is named', async ({
    page,
  }) => {
    const documents = new DocumentsRoom(page)
    const forumId = await documents.openSample()

    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Unduh kartu peserta dengan kode QR (.docx)' }).click()
    const file = await download
    expect(file.suggestedFilename()).toBe('Kartu Peserta.docx')
    const parts = unzipSync(new Uint8Array(await readFile((await file.path())!)))
    const images = Object.keys(parts).filter((name) => name.startsWith('word/media/'))

    const dump = await new DataSafetyPage(page).dump()
    const participants = dump.participants!.filter((p) => p.forumId === forumId && p.invited)
    expect(images.length).toBeGreaterThanOrEqual(participants.length)
    const people = new Map(dump.people!.map((p) => [p.id, String(p.name)]))
    const present = new Set(dump.attendance!.map((a) => a.participantId))
    const guest = participants.find((p) => !present.has(p.id))!
    const name = people.get(guest.personId)!
    const code = `MFK-${String(guest.id)}`

    const desk = new ParticipantsDesk(page)
    await desk.openDesk(forumId)
    await expect(desk.search()).toBeFocused()
    // A USB scanner types the code like a keyboard, fast, and ends it with Enter.
    await page.keyboard.type(code, { delay: 5 })
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('checkin-selected')).toContainText(name)
    await desk.drawSignature()
    await desk.button('Catat hadir').click()
    await expect(page.getByTestId('checkin-notice')).toContainText(`${name} tercatat hadir`)
    await expect(desk.search()).toBeFocused()

    await page.keyboard.type('MFK-bukan-peserta-forum-ini', { delay: 5 })
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('checkin-notice')).toHaveText(
      'Kode QR ini bukan milik peserta forum ini. Cari orangnya dengan nama.',
    )
    await expect(desk.search()).toHaveValue('')
  })
})

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

  test('a self sign-in desk shows only search, signature and thanks, survives a reload, and leaves only with the PIN', async ({
    page,
  }) => {
    const documents = new DocumentsRoom(page)
    const forumId = await documents.openSample()
    const desk = new ParticipantsDesk(page)
    await desk.openDesk(forumId)
    await page.getByRole('button', { name: 'Mode mandiri (kiosk)…' }).click()
    await page.getByLabel('PIN untuk keluar').fill('24')
    await page.getByRole('button', { name: 'Mulai mode mandiri' }).click()
    await expect(page.getByText('PIN harus 4 sampai 8 angka.')).toBeVisible()
    await page.getByLabel('PIN untuk keluar').fill('2468')
    await page.getByLabel('Ulangi PIN').fill('2468')
    await page.getByRole('button', { name: 'Mulai mode mandiri' }).click()

    const kiosk = page.getByTestId('kiosk')
    await expect(kiosk).toBeVisible()
    const mainNav = page.getByRole('navigation', { name: 'Navigasi utama' })
    await expect(mainNav).toHaveCount(0)
    await page.goto('./#/forums')
    await page.reload()
    await expect(kiosk).toBeVisible()
    await expect(mainNav).toHaveCount(0)
    await expect(page.getByTestId('checkin-recent')).toHaveCount(0)

    const dump = await new DataSafetyPage(page).dump()
    const present = new Set(dump.attendance!.map((a) => a.participantId))
    const guest = dump.participants!.find(
      (p) => p.forumId === forumId && p.invited && !present.has(p.id),
    )!
    const name = String(dump.people!.find((p) => p.id === guest.personId)!.name)
    await desk.search().fill(name.split(' ').at(-1)!.replace(/[,.]/g, ''))
    await desk.option(name).click()
    await desk.drawSignature()
    await desk.button('Catat hadir').click()
    await expect(page.getByTestId('kiosk-thanks')).toContainText(`Terima kasih, ${name}.`)
    await page.getByRole('button', { name: 'Peserta berikutnya' }).click()
    await expect(desk.search()).toBeFocused()

    await page.getByRole('button', { name: 'Keluar mode mandiri' }).click()
    await page.getByLabel('PIN petugas').fill('1111')
    await page.getByRole('button', { name: 'Keluar', exact: true }).click()
    await expect(page.getByText('PIN salah.')).toBeVisible()
    await expect(kiosk).toBeVisible()
    await page.getByLabel('PIN petugas').fill('2468')
    await page.getByRole('button', { name: 'Keluar', exact: true }).click()
    await expect(kiosk).toHaveCount(0)
    await expect(mainNav).toBeVisible()
    const after = await new DataSafetyPage(page).dump()
    expect(after.attendance!.filter((a) => a.participantId === guest.id)).toHaveLength(1)
  })
})

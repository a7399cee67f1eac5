import { expect, type Locator, type Page } from '@playwright/test'
import { ForumFormPage } from './forums'

/** The invitation list, its import, the recap, the check-in desk and the registry. */
export class ParticipantsDesk {
  constructor(readonly page: Page) {}

  /** A one-day forum with an empty list; returns its id. */
  async createForum(title = 'FKP Standar Pelayanan Perizinan'): Promise<string> {
    return new ForumFormPage(this.page).createOneDay({
      title,
      date: '2026-03-09',
      organiser: 'DPMPTSP Kota Kupang',
      start: '09:00',
      end: '13:00',
      place: 'Aula Kantor Wali Kota',
    })
  }

  async openList(forumId: string) {
    await this.page.goto(`./#/forums/${forumId}/participants`)
    await expect(this.page.getByTestId('participants-page')).toBeVisible()
  }

  async openDesk(forumId: string) {
    await this.page.goto(`./#/forums/${forumId}/checkin`)
    await expect(this.page.getByTestId('checkin-page')).toBeVisible()
  }

  // The list and its import

  rows(): Locator {
    return this.page.getByTestId('participant-row')
  }

  count(): Locator {
    return this.page.getByTestId('participants-count')
  }

  async chooseImportFile(path: string) {
    await this.page.getByRole('button', { name: 'Impor XLSX/CSV' }).click()
    const chooser = this.page.waitForEvent('filechooser')
    await this.page.getByRole('button', { name: 'Pilih berkas…' }).click()
    await (await chooser).setFiles(path)
  }

  previewRow(row: number): Locator {
    return this.page.getByTestId(`import-row-${row}`)
  }

  /** The row's "Impor" tick. */
  keepBox(row: number): Locator {
    return this.previewRow(row).getByRole('checkbox', { name: `Impor Baris ${row}` })
  }

  /** The duplicate's "Bukan orang yang sama" confirmation. */
  distinctBox(row: number): Locator {
    return this.previewRow(row).getByRole('checkbox', { name: 'Bukan orang yang sama' })
  }

  /** The in-place correction of one cell, by its field label ("E-mail", "Nama"). */
  fixField(row: number, field: string): Locator {
    return this.previewRow(row).getByRole('textbox', { name: `Perbaiki ${field} baris ${row}` })
  }

  /** The preview's row numbers in the order it shows them. */
  async previewOrder(): Promise<number[]> {
    return this.page
      .getByTestId('import-preview')
      .locator('[data-testid^="import-row-"]')
      .evaluateAll((rows) =>
        rows.map((row) => Number(row.getAttribute('data-testid')!.replace('import-row-', ''))),
      )
  }

  // The registry panel of the list

  async openRegistryPanel() {
    await this.page.getByRole('button', { name: 'Tambah dari registri' }).click()
    await expect(this.page.getByTestId('add-existing')).toBeVisible()
  }

  registryPanel(): Locator {
    return this.page.getByTestId('add-existing')
  }

  /** "Impor N baris terpilih": the count is part of what the tests check. */
  importSubmit(): Locator {
    return this.page.getByRole('button', { name: /^Impor \d+ baris terpilih$/ })
  }

  async importKept(count: number) {
    const submit = this.importSubmit()
    await expect(submit).toHaveText(`Impor ${count} baris terpilih`)
    await submit.click()
    await expect(this.page.getByTestId('import-message')).toContainText('masuk ke daftar')
  }

  // The desk

  search(): Locator {
    return this.page.getByRole('combobox', { name: 'Ketik nama peserta' })
  }

  options(): Locator {
    return this.page.getByRole('listbox').getByRole('option')
  }

  /** A search result by the person's full name, titles included. */
  option(name: string): Locator {
    return this.options().filter({ has: this.page.getByText(name, { exact: true }) })
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true })
  }

  signatureCanvas(): Locator {
    return this.page.getByTestId('checkin-signature-canvas')
  }

  /** Draws a short zig-zag with pointer events, as a pen or finger would. */
  async drawSignature(canvas: Locator = this.signatureCanvas()) {
    await canvas.scrollIntoViewIfNeeded()
    const box = await canvas.boundingBox()
    if (!box) throw new Error('signature canvas not visible')
    const y = box.y + box.height / 2
    await this.page.mouse.move(box.x + 20, y)
    await this.page.mouse.down()
    for (let step = 1; step <= 6; step++) {
      await this.page.mouse.move(box.x + 20 + step * 30, y + (step % 2 ? -25 : 25), { steps: 2 })
    }
    await this.page.mouse.up()
  }

  /** How many pixels of the signature canvas carry ink: zero for a blank pad. */
  async signatureInk(canvas: Locator = this.signatureCanvas()): Promise<number> {
    return canvas.evaluate((node) => {
      const element = node as HTMLCanvasElement
      const context = element.getContext('2d')
      if (!context || element.width === 0) return 0
      const { data } = context.getImageData(0, 0, element.width, element.height)
      let ink = 0
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) ink += 1
      return ink
    })
  }

  async checkInWithSignature(query: string, name: string) {
    await this.search().fill(query)
    await this.option(name).click()
    await expect(this.page.getByTestId('checkin-selected')).toContainText(name)
    await this.drawSignature()
    await expect(this.page.getByTestId('checkin-signature')).toHaveAttribute('data-signed', 'true')
    await this.button('Catat hadir').click()
    await expect(this.page.getByTestId('checkin-notice')).toContainText(`${name} tercatat hadir`)
  }

  recentRows(): Locator {
    return this.page.getByTestId('checkin-recent-row')
  }

  recap(testId: string): Locator {
    return this.page.getByTestId(testId)
  }
}

import { expect, type Locator, type Page } from '@playwright/test'

/** The invitation list, its import, the recap, the check-in desk and the registry. */
export class ParticipantsDesk {
  constructor(readonly page: Page) {}

  /** A one-day forum with an empty list; returns its id. */
  async createForum(title = 'FKP Standar Pelayanan Perizinan'): Promise<string> {
    await this.page.goto('./#/forums/new')
    const form = this.page.getByTestId('forum-form')
    await form.getByLabel('Judul forum').fill(title)
    await form.getByLabel('Tanggal mulai').fill('2026-03-09')
    await form.getByLabel('Tanggal selesai').fill('2026-03-09')
    await form.getByLabel('Penyelenggara', { exact: true }).fill('DPMPTSP Kota Kupang')
    const day = form.getByTestId('day-0')
    await day.getByLabel('Tanggal').fill('2026-03-09')
    await day.getByLabel('Jam mulai').fill('09:00')
    await day.getByLabel('Jam selesai').fill('13:00')
    await day.getByLabel('Tempat').fill('Aula Kantor Wali Kota')
    await form.getByRole('button', { name: 'Simpan' }).click()
    await expect(this.page.getByTestId('forum-detail')).toBeVisible()
    const match = /#\/forums\/([0-9a-f-]{36})/.exec(this.page.url())
    if (!match?.[1]) throw new Error(`no forum id in ${this.page.url()}`)
    return match[1]
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
    await this.page.getByTestId('participants-import').click()
    const chooser = this.page.waitForEvent('filechooser')
    await this.page.getByTestId('import-choose').click()
    await (await chooser).setFiles(path)
  }

  previewRow(row: number): Locator {
    return this.page.getByTestId(`import-row-${row}`)
  }

  async importKept(count: number) {
    const submit = this.page.getByTestId('import-submit')
    await expect(submit).toHaveText(`Impor ${count} baris terpilih`)
    await submit.click()
    await expect(this.page.getByTestId('import-message')).toContainText('masuk ke daftar')
  }

  // The desk

  search(): Locator {
    return this.page.getByTestId('checkin-search')
  }

  options(): Locator {
    return this.page.getByTestId('checkin-option')
  }

  signatureCanvas(): Locator {
    return this.page.getByTestId('checkin-signature-canvas')
  }

  /** Draws a short zig-zag with pointer events, as a pen or finger would. */
  async drawSignature(canvas: Locator = this.signatureCanvas()) {
    const box = await canvas.boundingBox()
    if (!box) throw new Error('signature canvas not visible')
    const y = box.y + box.height / 2
    await this.page.mouse.move(box.x + 20, y)
    await this.page.mouse.down()
    for (let step = 1; step <= 12; step++) {
      await this.page.mouse.move(box.x + 20 + step * 15, y + (step % 2 ? -25 : 25), { steps: 3 })
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
    await this.page.locator(`[data-testid="checkin-option"][data-name="${name}"]`).click()
    await expect(this.page.getByTestId('checkin-selected')).toContainText(name)
    await this.drawSignature()
    await expect(this.page.getByTestId('checkin-signature')).toHaveAttribute('data-signed', 'true')
    await this.page.getByTestId('checkin-confirm').click()
    await expect(this.page.getByTestId('checkin-notice')).toContainText(`${name} tercatat hadir`)
  }

  recentRows(): Locator {
    return this.page.getByTestId('checkin-recent-row')
  }

  recap(testId: string): Locator {
    return this.page.getByTestId(testId)
  }
}

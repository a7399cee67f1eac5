import { expect, type Download, type Locator, type Page } from '@playwright/test'

/** The documents room of a forum and the Verifikasi dokumen screen. */
export class DocumentsRoom {
  constructor(readonly page: Page) {}

  async open(forumId: string) {
    await this.page.goto(`./#/forums/${forumId}/documents`)
    await expect(this.page.getByTestId('documents-page')).toBeVisible()
  }

  signatory(name: string): Locator {
    return this.page.getByTestId('signatory').filter({ hasText: name })
  }

  preflightProblems(): Locator {
    return this.page.getByTestId('preflight-problem')
  }

  /** Opens the signature pad of one signatory, draws a zig-zag and saves it. */
  async signOnScreen(name: string) {
    const row = this.signatory(name)
    await row.getByTestId('signatory-sign').click()
    const canvas = row.getByTestId('document-signature-pad-canvas')
    const box = await canvas.boundingBox()
    if (!box) throw new Error('signature canvas not visible')
    const y = box.y + box.height / 2
    await this.page.mouse.move(box.x + 20, y)
    await this.page.mouse.down()
    for (let step = 1; step <= 12; step++) {
      await this.page.mouse.move(box.x + 20 + step * 15, y + (step % 2 ? -25 : 25), { steps: 3 })
    }
    await this.page.mouse.up()
    await expect(row.getByTestId('document-signature-pad')).toHaveAttribute('data-signed', 'true')
    await row.getByTestId('signature-save').click()
    await expect(row.getByTestId('signatory-status')).toHaveText('Sudah ditandatangani')
  }

  async markWet(name: string) {
    const row = this.signatory(name)
    // The box reflects the stored record, so it turns checked once the write is observed.
    await row.getByTestId('signatory-wet').click()
    await expect(row.getByTestId('signatory-wet')).toBeChecked()
    await expect(row.getByTestId('signatory-status')).toHaveText('Tanda tangan basah')
  }

  /** Finalises the chosen document and returns the download the web twin starts. */
  async finalise(): Promise<Download> {
    const download = this.page.waitForEvent('download')
    await this.page.getByTestId('finalise').click()
    const file = await download
    await expect(this.page.getByTestId('documents-message')).toContainText('Difinalisasi')
    return file
  }

  async verifyFile(path: string) {
    await this.page.goto('./#/verify')
    await expect(this.page.getByTestId('verify-page')).toBeVisible()
    const chooser = this.page.waitForEvent('filechooser')
    await this.page.getByTestId('verify-open-file').click()
    await (await chooser).setFiles(path)
  }

  result(): Locator {
    return this.page.getByTestId('verify-result')
  }
}

import { expect, type Download, type Locator, type Page } from '@playwright/test'
import { LiveRoom } from './live'

/** The documents room of a forum and the Verifikasi dokumen screen. */
export class DocumentsRoom {
  constructor(readonly page: Page) {}

  async open(forumId: string) {
    await this.page.goto(`./#/forums/${forumId}/documents`)
    await expect(this.page.getByTestId('documents-page')).toBeVisible()
  }

  /** Loads the bundled sample forum and opens its documents room; returns the forum's id. */
  async openSample(): Promise<string> {
    const forumId = await new LiveRoom(this.page).loadSampleForum()
    await this.open(forumId)
    return forumId
  }

  signatory(name: string): Locator {
    return this.page.getByTestId('signatory').filter({ hasText: name })
  }

  /** The nomor surat offered at finalisation (numbered documents only). */
  nomorField(): Locator {
    return this.page.getByLabel('Nomor surat')
  }

  preflightProblems(): Locator {
    return this.page.getByTestId('preflight-problem')
  }

  /** Opens the signature pad of one signatory, draws a zig-zag and saves it. */
  async signOnScreen(name: string) {
    const row = this.signatory(name)
    await row.getByRole('button', { name: 'Tanda tangani di layar' }).click()
    const canvas = row.getByTestId('document-signature-pad-canvas')
    const pad = row.getByTestId('document-signature-pad')
    // The page grows while its preview renders, which can move the pad between measuring it and
    // drawing; a stroke that missed is drawn again on the pad where it now stands.
    await expect(async () => {
      await canvas.scrollIntoViewIfNeeded()
      const box = await canvas.boundingBox()
      if (!box) throw new Error('signature canvas not visible')
      const y = box.y + box.height / 2
      await this.page.mouse.move(box.x + 20, y)
      await this.page.mouse.down()
      for (let step = 1; step <= 6; step++) {
        await this.page.mouse.move(box.x + 20 + step * 30, y + (step % 2 ? -25 : 25), {
          steps: 2,
        })
      }
      await this.page.mouse.up()
      await expect(pad).toHaveAttribute('data-signed', 'true', { timeout: 2_000 })
    }).toPass({ timeout: 20_000 })
    await row.getByRole('button', { name: 'Simpan tanda tangan' }).click()
    await expect(row.getByTestId('signatory-status')).toHaveText('Sudah ditandatangani')
  }

  async markWet(name: string) {
    const row = this.signatory(name)
    const wet = row.getByRole('checkbox', { name: 'Tanda tangan basah di kertas' })
    // The box reflects the stored record, so it turns checked once the write is observed.
    await wet.click()
    await expect(wet).toBeChecked()
    await expect(row.getByTestId('signatory-status')).toHaveText('Tanda tangan basah')
  }

  /** Finalises the chosen document and returns the download the web twin starts. */
  async finalise(): Promise<Download> {
    const download = this.page.waitForEvent('download')
    await this.page.getByRole('button', { name: /^Finalisasi/ }).click()
    const file = await download
    await expect(this.page.getByTestId('documents-message')).toContainText('Difinalisasi')
    return file
  }

  /** The verification code the finalising message announced. */
  async verificationCode(): Promise<string> {
    const message = await this.page.getByTestId('documents-message').textContent()
    const code = /MFK-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(message ?? '')?.[0]
    if (!code) throw new Error(`no verification code in "${message}"`)
    return code
  }

  async verifyFile(path: string) {
    await this.page.goto('./#/verify')
    await expect(this.page.getByTestId('verify-page')).toBeVisible()
    const chooser = this.page.waitForEvent('filechooser')
    await this.page.getByRole('button', { name: 'Pilih berkas DOCX' }).click()
    await (await chooser).setFiles(path)
  }

  result(): Locator {
    return this.page.getByTestId('verify-result')
  }
}

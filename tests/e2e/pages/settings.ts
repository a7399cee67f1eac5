import { expect, type Page } from '@playwright/test'

export class SettingsPage {
  constructor(readonly page: Page) {}

  form() {
    return this.page.getByTestId('profile-form')
  }

  field(label: string | RegExp) {
    return this.form().getByLabel(label, { exact: typeof label === 'string' })
  }

  async fillProfile(values: {
    kopLines: string[]
    unitName: string
    city: string
    paper: 'A4' | 'F4'
    headName: string
    headPosition: string
    headNip: string
  }) {
    await this.field('Baris kop surat').fill(values.kopLines.join('\n'))
    await this.field('Nama unit penyelenggara pelayanan').fill(values.unitName)
    await this.field('Kota tempat penandatanganan').fill(values.city)
    await this.field('Zona waktu').selectOption('WITA')
    await this.field('Ukuran kertas').selectOption(values.paper)
    const head = this.form().getByRole('group', { name: 'Kepala unit (penandatangan)' })
    await head.getByLabel('Jabatan').fill(values.headPosition)
    await head.getByLabel('Nama (dengan gelar)').fill(values.headName)
    await head.getByLabel('NIP').fill(values.headNip)
  }

  async uploadEmblem(png: Buffer) {
    const chooser = this.page.waitForEvent('filechooser')
    await this.form().getByRole('button', { name: 'Pilih gambar lambang…' }).click()
    await (await chooser).setFiles({ name: 'lambang.png', mimeType: 'image/png', buffer: png })
    await expect(this.form().getByRole('img', { name: 'Lambang daerah' })).toBeVisible()
  }

  async save() {
    await this.form().getByRole('button', { name: 'Simpan' }).click()
  }
}

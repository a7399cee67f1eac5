import { expect, type Page } from '@playwright/test'

export interface DayValues {
  date: string
  start: string
  end: string
  place: string
}

export class ForumFormPage {
  constructor(readonly page: Page) {}

  form() {
    return this.page.getByTestId('forum-form')
  }

  day(index: number) {
    return this.form().getByTestId(`day-${index}`)
  }

  async fillBasics(values: {
    title: string
    startDate: string
    endDate: string
    organiser?: string
  }) {
    await this.form().getByLabel('Judul forum').fill(values.title)
    await this.form().getByLabel('Tanggal mulai').fill(values.startDate)
    await this.form().getByLabel('Tanggal selesai').fill(values.endDate)
    if (values.organiser !== undefined) {
      await this.form().getByLabel('Penyelenggara', { exact: true }).fill(values.organiser)
    }
  }

  async fillDay(index: number, values: DayValues) {
    const day = this.day(index)
    await day.getByLabel('Tanggal').fill(values.date)
    await day.getByLabel('Jam mulai').fill(values.start)
    await day.getByLabel('Jam selesai').fill(values.end)
    await day.getByLabel('Tempat').fill(values.place)
  }

  async addDay() {
    await this.form().getByRole('button', { name: 'Tambah hari' }).click()
  }

  async save() {
    await this.form().getByRole('button', { name: 'Simpan' }).click()
  }

  async expectFieldError(scope: 'form' | number, label: string, message: string) {
    const container = scope === 'form' ? this.form() : this.day(scope)
    const input = container.getByLabel(label, { exact: true })
    await expect(input).toHaveAttribute('aria-invalid', 'true')
    await expect(input).toHaveAccessibleDescription(new RegExp(message))
  }
}

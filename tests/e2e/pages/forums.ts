import { expect, type Page } from '@playwright/test'

export interface DayValues {
  date: string
  start: string
  end: string
  place: string
}

/** The forum id in a forum screen's address. */
export function forumIdIn(url: string): string {
  const match = /#\/forums\/([0-9a-f-]{36})/.exec(url)
  if (!match?.[1]) throw new Error(`no forum id in ${url}`)
  return match[1]
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

  /** Creates a one-day forum from the empty form and returns its id. */
  async createOneDay(
    values: { title: string; date: string; organiser: string } & Omit<DayValues, 'date'>,
  ) {
    await this.page.goto('./#/forums/new')
    await this.form().getByLabel('Templat forum').selectOption('')
    await this.fillBasics({ ...values, startDate: values.date, endDate: values.date })
    await this.fillDay(0, values)
    await this.save()
    await expect(this.page.getByTestId('forum-detail')).toBeVisible()
    return forumIdIn(this.page.url())
  }

  async expectFieldError(scope: 'form' | number, label: string, message: string) {
    const container = scope === 'form' ? this.form() : this.day(scope)
    const input = container.getByLabel(label, { exact: true })
    await expect(input).toHaveAttribute('aria-invalid', 'true')
    await expect(input).toHaveAccessibleDescription(new RegExp(message))
  }
}

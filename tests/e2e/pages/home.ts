import { expect, type Locator, type Page } from '@playwright/test'

/** The Beranda: today's forums, the next step, the due counts and the last backup. */
export class HomePage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('./#/')
    await expect(this.section('Rencana aksi')).toBeVisible()
  }

  async loadSample() {
    await this.page.goto('./#/')
    await this.page.getByRole('button', { name: 'Muat contoh forum' }).click()
    await expect(this.page.getByTestId('sample-offer')).toBeHidden()
    await expect(this.section('Rencana aksi')).toBeVisible()
  }

  section(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true })
  }

  today(): Locator {
    return this.section('Hari ini')
  }

  todayForum(title: string | RegExp): Locator {
    return this.today().getByRole('listitem').filter({ hasText: title })
  }

  dueLink(due: 'overdue' | 'within7' | 'within30'): Locator {
    return this.section('Rencana aksi').getByTestId(`due-${due}`)
  }

  /** The number a due link starts with ("2 terlambat" → 2). */
  async dueCount(due: 'overdue' | 'within7' | 'within30'): Promise<number> {
    const text = (await this.dueLink(due).textContent()) ?? ''
    return Number(/^\d+/.exec(text)?.[0] ?? NaN)
  }

  nextStep(): Locator {
    return this.section('Langkah berikutnya')
  }

  backup(): Locator {
    return this.section('Cadangan data')
  }
}

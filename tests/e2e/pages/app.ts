import { expect, type Page } from '@playwright/test'

/** The frame every screen shares: navigation and the language switch. */
export class AppPage {
  constructor(readonly page: Page) {}

  async open(path = '/') {
    await this.page.goto(`./#${path}`)
    await expect(this.page.locator('.frame__brand')).toBeVisible()
  }

  nav(name: string | RegExp) {
    return this.page.getByRole('navigation').first().getByRole('link', { name })
  }

  async switchLanguage(language: 'id' | 'en') {
    await this.page.getByRole('combobox', { name: /^(Bahasa|Language)$/ }).selectOption(language)
    await expect(this.page.locator('html')).toHaveAttribute('lang', language)
  }
}

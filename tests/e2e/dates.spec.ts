import type { Locator, Page } from '@playwright/test'
import { expect, test } from './support/test'
import { ForumFormPage } from './pages/forums'

/**
 * Issue 12, item 3, on the web twin. The desktop app fixes Chromium's language to Indonesian
 * before it starts (src/main/chromium-language.ts; proved in tests/electron/shell.spec.ts), so
 * its date and time fields take dd/mm/yyyy and 24-hour time on any system. A web page cannot do
 * that: a native field takes the order of the browser's own language, which neither the page nor
 * Playwright's `locale` sets (this Chromium, Debian's, ships English only). This spec shows that
 * limit under an English browser, and that what the app itself prints stays Indonesian there.
 */
test.use({ locale: 'en-US' })

/** Types into a native date or time field key by key, as a person does. */
async function typeInto(page: Page, field: Locator, keys: string) {
  await field.fill('')
  await field.focus()
  await page.keyboard.type(keys)
}

test('an English browser: the native fields take its order, the app prints Indonesian', async ({
  page,
}) => {
  await page.goto('./#/forums/new')
  const form = new ForumFormPage(page)
  await expect(form.form()).toBeVisible()
  expect(await page.evaluate(() => navigator.language)).toBe('en-US')

  await form.form().getByLabel('Judul forum').fill('Forum Konsultasi Publik Standar Pelayanan')
  await form.form().getByLabel('Penyelenggara', { exact: true }).fill('DPMPTSP Kota Kupang')
  const day = form.day(0)
  // The limit: month first and 12-hour time with AM/PM, the browser's order, not Indonesia's.
  await typeInto(page, form.form().getByLabel('Tanggal mulai'), '12312026')
  await typeInto(page, form.form().getByLabel('Tanggal selesai'), '12312026')
  await typeInto(page, day.getByLabel('Tanggal'), '12312026')
  await typeInto(page, day.getByLabel('Jam mulai'), '0230P')
  await typeInto(page, day.getByLabel('Jam selesai'), '0400P')
  await expect(form.form().getByLabel('Tanggal mulai')).toHaveValue('2026-12-31')
  await expect(day.getByLabel('Jam mulai')).toHaveValue('14:30')
  await day.getByLabel('Tempat').fill('Aula Lantai 2')
  await form.save()

  // Whatever order the field took, the app says the date back the Indonesian way, 24-hour.
  await expect(page.getByTestId('forum-days')).toContainText(
    'Kamis, 31 Desember 2026, 14.30 s.d. 16.00 WITA — Aula Lantai 2',
  )
})

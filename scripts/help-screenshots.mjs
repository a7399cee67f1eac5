#!/usr/bin/env node
// node scripts/help-screenshots.mjs: builds the web twin, loads the bundled sample forum in Debian's
// Chromium and writes the screenshots the Bantuan manual shows (src/renderer/public/help/*.png),
// 1000 px wide. Run it again after a screen changes; the manual's text says what each one shows.
import { mkdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium } from '@playwright/test'
import { build, preview } from 'vite'

const PORT = Number(process.env.HELP_PORT ?? 4398)
const OUT = resolve('src/renderer/public/help')
const VIEWPORT = { width: 1000, height: 800 }
// The sample forum's morning (9 March 2026, WITA): its day is today, so every screen has content.
const FORUM_MORNING = new Date('2026-03-09T10:20:00+08:00')

process.env.WEB_OUT_DIR ??= `.web-build-help-${PORT}`
await build({ configFile: 'vite.web.config.ts', logLevel: 'warn' })
const server = await preview({
  configFile: 'vite.web.config.ts',
  preview: { port: PORT, strictPort: true },
})
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-sync'],
})

try {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    locale: 'id-ID',
    timezoneId: 'Asia/Makassar',
    baseURL: `http://127.0.0.1:${PORT}/`,
  })
  const page = await context.newPage()
  await page.clock.setFixedTime(FORUM_MORNING)
  await page.goto('./#/')
  await page.getByRole('button', { name: 'Muat contoh forum' }).click()
  await page.getByTestId('sample-offer').waitFor({ state: 'hidden' })
  await page.goto('./#/forums')
  await page.getByRole('link', { name: /Penyusunan Standar Pelayanan Perizinan Berusaha/ }).click()
  await page.getByTestId('forum-detail').waitFor()
  const forumId = /#\/forums\/([^/?]+)/.exec(page.url())?.[1]
  if (!forumId) throw new Error(`no forum id in ${page.url()}`)
  mkdirSync(OUT, { recursive: true })

  /** `from`: the part the manual's text is about, scrolled to the top; else the page's top. */
  async function shoot(name, route, ready, from) {
    await page.goto(`./#${route}`)
    await ready()
    await page.evaluate(() => document.fonts.ready)
    if (from) await from.evaluate((node) => node.scrollIntoView({ block: 'start' }))
    else await page.evaluate(() => window.scrollTo(0, 0))
    const path = join(OUT, name)
    await page.screenshot({ path, animations: 'disabled', caret: 'hide' })
    console.log(`${name}  ${(statSync(path).size / 1024).toFixed(0)} KB`)
  }

  const forum = `/forums/${forumId}`
  await shoot('forum.png', forum, () => page.getByTestId('forum-detail').waitFor())
  await shoot('participants.png', `${forum}/participants`, () =>
    page.getByTestId('participant-row').first().waitFor(),
  )
  await shoot('checkin.png', `${forum}/checkin`, async () => {
    await page.getByLabel('Ketik nama peserta').fill('Maria')
    await page.getByRole('listbox').getByRole('option').first().waitFor()
  })
  const liveTabs = page.getByRole('tablist', { name: 'Forum berlangsung' })
  await shoot(
    'live.png',
    `${forum}/live?tab=issues`,
    () => page.getByTestId('issue-row').first().waitFor(),
    liveTabs,
  )
  await shoot(
    'agreements.png',
    `${forum}/live?tab=agreements`,
    () => page.getByTestId('agreement').first().waitFor(),
    liveTabs,
  )
  // The welcome screen, chosen in the live room as a facilitator does.
  await page.goto(`./#${forum}/live`)
  await page
    .getByRole('combobox', { name: 'Layar proyektor menampilkan' })
    .selectOption({ label: 'Layar sambutan' })
  await shoot('projector.png', `/projector/${forumId}`, () =>
    page.getByTestId('projector-welcome').waitFor(),
  )
  await shoot('documents.png', `${forum}/documents`, () =>
    page.getByTestId('document-preview').waitFor(),
  )
  await shoot('follow-up.png', '/follow-up', () => page.getByTestId('action-row').first().waitFor())
} finally {
  await browser.close()
  await server.close()
}

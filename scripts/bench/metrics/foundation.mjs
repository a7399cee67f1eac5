// The foundation's figures: seeding the large database, and opening the forum list on it.
import { floorPage, median, navigationFloor } from '../floors.mjs'

/** The tables the seed writes: its floor writes the same rows back in one transaction. */
const SEEDED_TABLES = [
  'organisation',
  'forums',
  'people',
  'participants',
  'attendance',
  'agendaItems',
  'issues',
  'agreements',
  'actionItems',
  'progressUpdates',
  'signatories',
]

/** Seeds the large database once; every later metric runs against it. */
export const seed = {
  name: 'seed_ms',
  unit: 'ms',
  async run({ page, base, size }) {
    await page.goto(`${base}/scripts/bench/seed.html`)
    await page.waitForFunction(() => document.getElementById('state')?.textContent === 'ready')
    const ms = await page.evaluate((options) => window.bench.seed(options), size)
    return [ms]
  },
  report: (summary) => ({ seed_ms: summary.median }),
  async floors({ page, base }) {
    await floorPage(page, base)
    return {
      seed_ms: await page.evaluate((tables) => window.floor.bulkWrite(tables), SEEDED_TABLES),
    }
  },
  goals: { seed_ms: 2 },
}

/** From navigation to the first rows of the forum list, with 2,000 forums stored. */
export const forumListOpen = {
  name: 'forum_list_open_ms',
  unit: 'ms',
  async run({ page, appUrl, runs }) {
    const samples = []
    for (let i = 0; i < runs; i++) {
      await page.goto('about:blank')
      const started = Date.now()
      await page.goto(`${appUrl}#/forums`)
      await page.getByTestId('forum-row').first().waitFor()
      samples.push(Date.now() - started)
    }
    return samples
  },
  report: (summary) => ({
    forum_list_open_ms: summary.median,
    forum_list_open_p95_ms: summary.p95,
  }),
  async floors({ page, base, runs }) {
    return {
      forum_list_open_ms: median(await navigationFloor(page, base, 'forum-list', runs)),
    }
  },
  goals: { forum_list_open_ms: 2 },
}

/**
 * From navigation to the home page with every figure shown: today's forums, the next step, the
 * due counts and the last backup, each read through a bounded index query.
 */
export const homeOpen = {
  name: 'home_open_ms',
  unit: 'ms',
  async run({ page, appUrl, runs }) {
    const samples = []
    for (let i = 0; i < runs; i++) {
      await page.goto('about:blank')
      const started = Date.now()
      await page.goto(`${appUrl}#/`)
      await page.getByTestId('home-due').waitFor()
      await page.getByTestId('home-backup').waitFor()
      await page.getByTestId('home-next-step').waitFor()
      samples.push(Date.now() - started)
    }
    return samples
  },
  report: (summary) => ({ home_open_ms: summary.median, home_open_p95_ms: summary.p95 }),
  async floors({ page, base, runs }) {
    // Opening the app and reading a first page through an index, as the forum list's floor.
    return { home_open_ms: median(await navigationFloor(page, base, 'forum-list', runs)) }
  },
  goals: { home_open_ms: 3 },
}

// The follow-up dashboard's figures on the large database (50,000 action items by default):
// opening it, changing a filter or the sort order, and the memory it holds.
import { heapAfterGc, median, navigationFloor } from '../floors.mjs'

async function openDashboard(page, appUrl) {
  await page.goto('about:blank')
  const started = Date.now()
  await page.goto(`${appUrl}#/follow-up`)
  await page.getByTestId('action-row').first().waitFor()
  const firstRows = Date.now() - started
  await page.locator('[data-testid="filters"]:not([disabled])').waitFor()
  await page.getByTestId('count-total').waitFor()
  return { firstRows, ready: Date.now() - started }
}

/**
 * Applies one change to a filter control inside the page and waits until the list shows its
 * result: the count or the first row changes (or, for a change that alters neither, two frames).
 */
async function timeChange(page, label, value) {
  return page.evaluate(
    async ({ label, value }) => {
      const filters = document.querySelector('[data-testid="filters"]')
      const control = [...filters.querySelectorAll('label')].find(
        (node) => node.textContent.trim() === label,
      )?.control
      if (!control) throw new Error(`no filter "${label}"`)
      const snapshot = () =>
        `${document.querySelector('[data-testid="result-count"]')?.textContent}|${
          document.querySelector('[data-testid="action-row"]')?.textContent ?? ''
        }`
      const before = snapshot()
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()))
      const started = performance.now()
      const prototype =
        control instanceof HTMLSelectElement
          ? HTMLSelectElement.prototype
          : HTMLInputElement.prototype
      Object.getOwnPropertyDescriptor(prototype, 'value').set.call(control, value)
      control.dispatchEvent(
        new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
      )
      let frames = 0
      while (snapshot() === before && performance.now() - started < 3000 && frames < 200) {
        await frame()
        frames += 1
        if (frames >= 2 && snapshot() === before && label === 'Urutkan') break
      }
      await frame()
      return performance.now() - started
    },
    { label, value },
  )
}

async function unitsOf(page) {
  return page.evaluate(() => {
    const filters = document.querySelector('[data-testid="filters"]')
    const label = [...filters.querySelectorAll('label')].find(
      (n) => n.textContent.trim() === 'Unit',
    )
    return [...label.control.options].map((o) => o.value).filter(Boolean)
  })
}

/** From navigation to the first rows of the dashboard (and, reported alongside, to all loaded). */
export const dashboardOpen = {
  name: 'dashboard_open_ms',
  unit: 'ms',
  ready: [],
  heapMb: 0,
  async run({ page, appUrl, runs }) {
    const samples = []
    this.ready = []
    for (let i = 0; i < runs; i++) {
      const { firstRows, ready } = await openDashboard(page, appUrl)
      samples.push(firstRows)
      this.ready.push(ready)
    }
    this.heapMb = await heapAfterGc(page)
    return samples
  },
  report(summary) {
    return {
      dashboard_open_ms: summary.median,
      dashboard_open_p95_ms: summary.p95,
      dashboard_ready_ms: median(this.ready),
      dashboard_heap_mb: this.heapMb,
    }
  },
  async floors({ page, base, runs }) {
    return {
      dashboard_open_ms: median(await navigationFloor(page, base, 'dashboard-open', runs)),
      dashboard_ready_ms: median(await navigationFloor(page, base, 'dashboard-ready', runs)),
    }
  },
  goals: { dashboard_open_ms: 2, dashboard_ready_ms: 1.5 },
  budgets: { dashboard_open_ms: 500, dashboard_heap_mb: 150 },
}

/** Each filter or sort change on the loaded dashboard, until the list shows its result. */
export const dashboardFilter = {
  name: 'dashboard_filter_p95_ms',
  unit: 'ms',
  async run({ page, appUrl, runs }) {
    await openDashboard(page, appUrl)
    const units = await unitsOf(page)
    const samples = []
    for (let i = 0; i < runs; i++) {
      const unit = units[(i * 7) % units.length] ?? ''
      const steps = [
        ['Unit', unit],
        ['Jatuh tempo', 'overdue'],
        ['Jatuh tempo', 'within30'],
        ['Jatuh tempo', ''],
        ['Status', 'selesai'],
        ['Status', ''],
        ['Urutkan', 'unit'],
        ['Urutkan', 'forum'],
        ['Urutkan', 'deadline'],
        ['Unit', ''],
        ['Status', 'terlambat'],
        ['Status', ''],
        ['Cari', 'ramp'],
        ['Cari', ''],
      ]
      for (const [label, value] of steps) samples.push(await timeChange(page, label, value))
    }
    return samples
  },
  report(summary) {
    return {
      dashboard_filter_p95_ms: summary.p95,
      dashboard_filter_median_ms: summary.median,
    }
  },
  budgets: { dashboard_filter_p95_ms: 100 },
}

#!/usr/bin/env node
// npm run bench: builds the web twin with the seeder and floor pages, drives it in Debian's
// Chromium, seeds a large database, and measures what a person waits for. Each figure is printed
// beside its floor (what the machine cannot beat, measured in the same run on the same rows) and
// the ratio, which stays comparable when the machine is busy. Writes bench-results.json as
// { metric_name: number }. Figures live here, never in timed tests.
//
// npm run bench -- --scale 0.25,1,2 runs the figures that grow with the data at those sizes (each on
// a fresh database) and prints how each grows from ×1 to ×2.
import { spawn, execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { GROWTH_METRICS, METRICS } from './bench/metrics.mjs'
import { printFloors, printGrowth, printSummary } from './bench/report.mjs'

const PORT = Number(process.env.BENCH_PORT ?? 4399)
const BASE = `http://127.0.0.1:${PORT}`
const SIZE = {
  forums: Number(process.env.BENCH_FORUMS ?? 2000),
  participants: Number(process.env.BENCH_PARTICIPANTS ?? 60000),
  actionItems: Number(process.env.BENCH_ACTION_ITEMS ?? 50000),
}
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const SCALES = scalesArgument()
const ONLY = onlyArgument()

process.env.BENCH_OUT_DIR ??= `.web-build-bench-${PORT}`
console.log('bench: building the web twin, the seeder and the floors…')
execFileSync('npx', ['vite', 'build', '--config', 'scripts/bench/vite.bench.config.ts'], {
  stdio: 'inherit',
})
const server = spawn(
  'npx',
  [
    'vite',
    'preview',
    '--config',
    'scripts/bench/vite.bench.config.ts',
    '--port',
    String(PORT),
    '--strictPort',
  ],
  { stdio: ['ignore', 'pipe', 'inherit'], detached: true },
)
server.stdout.resume()
await waitForServer(BASE, server)

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
})

let results = {}
try {
  if (SCALES) {
    const byScale = new Map()
    for (const scale of SCALES) {
      const size = scaled(SIZE, scale)
      console.log(`bench: ×${scale} (${describe(size)})`)
      byScale.set(scale, (await runMetrics(ONLY(GROWTH_METRICS), size)).results)
    }
    results = previousResults()
    for (const [key, value] of Object.entries(printGrowth(byScale))) results[key] = round(value)
  } else {
    const run = await runMetrics(ONLY(METRICS), SIZE)
    results = run.results
    console.log(`\nMufakat bench — ${describe(SIZE)}, ${RUNS} runs\n`)
    printSummary(run.rows)
    printFloors(run.floors, run.budgets)
    console.log(`\nJS heap after the run: ${results.app_heap_mb} MB`)
  }
} finally {
  await browser.close()
  process.kill(-server.pid)
}

writeFileSync('bench-results.json', JSON.stringify(results, null, 2) + '\n')
console.log('bench: wrote bench-results.json')

/**
 * Runs the metrics in order on a fresh database (its own browser context). A metric with floors
 * gets <figure>_floor_ms and <figure>_ratio beside each figure it floors.
 */
async function runMetrics(metrics, size) {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 800 },
    locale: 'id-ID',
  })
  // Waits are not measured: on a busy shared machine a screen may take minutes to be ready.
  context.setDefaultTimeout(300_000)
  context.setDefaultNavigationTimeout(300_000)
  const results = {}
  const rows = []
  const floors = []
  const budgets = []
  try {
    const page = await context.newPage()
    const bench = {
      page,
      base: BASE,
      appUrl: `${BASE}/src/renderer/index.html`,
      size,
      runs: RUNS,
    }
    for (const metric of metrics) {
      if (metric.skip?.()) {
        console.log(`bench: ${metric.name} skipped (its environment switch is off)`)
        continue
      }
      process.stdout.write(`bench: ${metric.name}… `)
      const samples = await metric.run(bench)
      const summary = summarise(samples)
      const figures = metric.report(summary, samples)
      for (const [key, value] of Object.entries(figures)) results[key] = round(value)
      rows.push({ name: metric.name, ...summary, unit: metric.unit })
      if (metric.floors) {
        process.stdout.write('floor… ')
        for (const [key, floor] of Object.entries(await metric.floors(bench))) {
          const stem = key.replace(/_ms$/, '')
          const ratio = results[key] / floor
          results[`${stem}_floor_ms`] = round(floor)
          results[`${stem}_ratio`] = round(ratio)
          floors.push({ key, value: results[key], floor, ratio, goal: metric.goals?.[key] })
        }
      }
      for (const [key, budget] of Object.entries(metric.budgets ?? {}))
        budgets.push({ key, value: results[key], budget })
      // Printed as they come, so that a run cut short still tells what it measured.
      const measured = Object.keys(figures).map((key) => {
        const stem = key.replace(/_ms$/, '')
        const floor = results[`${stem}_floor_ms`]
        if (floor === undefined) return `${key} ${results[key]}`
        return `${key} ${results[key]} (floor ${floor}, ${results[`${stem}_ratio`]}×)`
      })
      console.log(`done: ${measured.join(', ')}`)
    }
    const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? 0)
    results.app_heap_mb = round(heap / 1024 / 1024)
  } finally {
    await context.close()
  }
  return { results, rows, floors, budgets }
}

/**
 * BENCH_ONLY=dashboard_open_ms,forum_list_open_ms keeps those metrics (and the seeding every
 * metric needs), to look at one figure without waiting for all of them.
 */
function onlyArgument() {
  const names = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean)
  if (names.length === 0) return (metrics) => metrics
  const known = new Set(METRICS.map((m) => m.name))
  const unknown = names.filter((name) => !known.has(name))
  if (unknown.length > 0) {
    console.error(
      `BENCH_ONLY names no metric ${unknown.join(', ')}; known: ${[...known].join(', ')}`,
    )
    process.exit(1)
  }
  return (metrics) => metrics.filter((m) => m.name === 'seed_ms' || names.includes(m.name))
}

/** --scale 0.25,1,2 → [0.25, 1, 2]; undefined without the flag. */
function scalesArgument() {
  const index = process.argv.indexOf('--scale')
  if (index < 0) return undefined
  const scales = (process.argv[index + 1] ?? '').split(',').map(Number)
  if (scales.length === 0 || scales.some((s) => !(s > 0))) {
    console.error('--scale takes positive factors separated by commas, such as 0.25,1,2')
    process.exit(1)
  }
  return scales
}

function scaled(size, scale) {
  return Object.fromEntries(
    Object.entries(size).map(([key, n]) => [key, Math.max(1, Math.round(n * scale))]),
  )
}

function describe(size) {
  return `${size.forums} forums, ${size.participants} participants, ${size.actionItems} action items`
}

/** A growth run adds its figures to the last full run's instead of replacing them. */
function previousResults() {
  if (!existsSync('bench-results.json')) return {}
  try {
    return JSON.parse(readFileSync('bench-results.json', 'utf8'))
  } catch {
    return {}
  }
}

/** Polls until the preview server listens (any answer will do); its coloured output is not parsed. */
async function waitForServer(url, child) {
  let exited = false
  child.on('exit', () => (exited = true))
  for (let attempt = 0; attempt < 600; attempt++) {
    if (exited) throw new Error('vite preview exited before it served the bench')
    try {
      await fetch(url)
      return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`vite preview did not answer at ${url} within 60 s`)
}

function summarise(samples) {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]
  return { median: at(0.5), p95: at(0.95), n: samples.length }
}
function round(n) {
  return Math.round(n * 100) / 100
}

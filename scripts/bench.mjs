#!/usr/bin/env node
// npm run bench: builds the web twin with the seeder page, drives it in Debian's Chromium, seeds a
// large database, and measures what a person waits for. Prints a table and writes bench-results.json
// as { metric_name: number }. Figures live here, never in timed tests.
import { spawn, execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { METRICS } from './bench/metrics.mjs'

const PORT = Number(process.env.BENCH_PORT ?? 4399)
const BASE = `http://127.0.0.1:${PORT}`
const SIZE = {
  forums: Number(process.env.BENCH_FORUMS ?? 2000),
  participants: Number(process.env.BENCH_PARTICIPANTS ?? 60000),
  actionItems: Number(process.env.BENCH_ACTION_ITEMS ?? 50000),
}
const RUNS = Number(process.env.BENCH_RUNS ?? 5)

process.env.BENCH_OUT_DIR ??= `.web-build-bench-${PORT}`
console.log('bench: building the web twin and the seeder…')
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

const results = {}
const rows = []
try {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 800 },
    locale: 'id-ID',
  })
  const page = await context.newPage()
  const bench = {
    page,
    base: BASE,
    appUrl: `${BASE}/src/renderer/index.html`,
    size: SIZE,
    runs: RUNS,
  }
  for (const metric of METRICS) {
    process.stdout.write(`bench: ${metric.name}… `)
    const samples = await metric.run(bench)
    const summary = summarise(samples)
    for (const [key, value] of Object.entries(metric.report(summary, samples)))
      results[key] = round(value)
    rows.push({ name: metric.name, ...summary, unit: metric.unit })
    console.log('done')
  }
  const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? 0)
  results.app_heap_mb = round(heap / 1024 / 1024)
} finally {
  await browser.close()
  process.kill(-server.pid)
}

console.log(
  `\nMufakat bench — ${SIZE.forums} forums, ${SIZE.participants} participants, ${SIZE.actionItems} action items, ${RUNS} runs\n`,
)
console.log(
  ['metric'.padEnd(28), 'median'.padStart(10), 'p95'.padStart(10), 'unit'.padStart(6)].join(' '),
)
for (const row of rows) {
  console.log(
    [
      row.name.padEnd(28),
      fmt(row.median).padStart(10),
      fmt(row.p95).padStart(10),
      row.unit.padStart(6),
    ].join(' '),
  )
}
console.log(`\nJS heap after the run: ${results.app_heap_mb} MB`)
writeFileSync('bench-results.json', JSON.stringify(results, null, 2) + '\n')
console.log('bench: wrote bench-results.json')

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
function fmt(n) {
  return n.toFixed(1)
}

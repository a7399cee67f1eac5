// Data safety: a full backup (.mufakat, every table and attachment, checksummed) of the large
// database, and restoring it (parse, checksum, validate every record, replace all in one transaction).
// Floors: every table read raw and compressed alike; the same records written back raw in one
// transaction without validation.
import { floorPage, median } from '../floors.mjs'

async function floorRuns(page, base, runs, measure) {
  await floorPage(page, base)
  const samples = []
  for (let i = 0; i < runs; i++) samples.push(await page.evaluate(measure))
  return median(samples)
}

async function seederPage(page, base) {
  await page.goto(`${base}/scripts/bench/seed.html`)
  await page.waitForFunction(() => document.getElementById('state')?.textContent === 'ready')
}

export const backupMs = {
  name: 'backup_ms',
  unit: 'ms',
  async run({ page, base, runs }) {
    await seederPage(page, base)
    const samples = []
    let bytes = 0
    for (let i = 0; i < Math.min(runs, 5); i++) {
      const result = await page.evaluate(() => window.bench.backup())
      samples.push(result.ms)
      bytes = result.bytes
    }
    backupMs.lastBytes = bytes
    return samples
  },
  report: (summary) => ({
    backup_ms: summary.median,
    backup_mb: Math.round(((backupMs.lastBytes ?? 0) / (1024 * 1024)) * 10) / 10,
  }),
  async floors({ page, base, runs }) {
    return {
      backup_ms: await floorRuns(page, base, Math.min(runs, 5), () => window.floor.backup()),
    }
  },
  goals: { backup_ms: 2 },
}

/** Runs after backup_ms, in the same seeder page: restores the backup it left there. */
export const restoreMs = {
  name: 'restore_ms',
  unit: 'ms',
  async run({ page, base, runs }) {
    if (!page.url().includes('seed.html')) {
      await seederPage(page, base)
      await page.evaluate(() => window.bench.backup())
    }
    const samples = []
    for (let i = 0; i < Math.min(runs, 3); i++) {
      samples.push(await page.evaluate(() => window.bench.restore()))
    }
    return samples
  },
  report: (summary) => ({ restore_ms: summary.median }),
  async floors({ page, base, runs }) {
    return {
      restore_ms: await floorRuns(page, base, Math.min(runs, 3), () => window.floor.bulkWrite()),
    }
  },
  goals: { restore_ms: 2 },
}

/**
 * A database holding 1 GB of generated photos (BENCH_1GB_MB sets another size; BENCH_1GB=0 skips
 * it): the streamed backup, its restore, and the highest JS heap seen meanwhile (polled over CDP
 * every 100 ms and sampled in the page: what the page holds; attachments' bytes in flight are
 * ArrayBuffers, which V8 keeps outside this heap).
 */
export const backupLarge = {
  name: 'backup_1gb_ms',
  unit: 'ms',
  skip: () => process.env.BENCH_1GB === '0',
  async run({ page, base }) {
    await seederPage(page, base)
    const megabytes = Number(process.env.BENCH_1GB_MB ?? 1024)
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('HeapProfiler.collectGarbage')
    let peak = 0
    let polling = true
    const poll = (async () => {
      while (polling) {
        const { usedSize } = await cdp.send('Runtime.getHeapUsage')
        peak = Math.max(peak, usedSize)
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    })()
    try {
      const result = await page.evaluate((mb) => window.bench.largeBackup(mb), megabytes)
      backupLarge.last = { ...result, megabytes }
    } finally {
      polling = false
      await poll
      await cdp.detach()
    }
    // The higher of the two views: CDP's heap usage and the page's performance.memory.
    backupLarge.last.peakHeapMb = Math.max(peak / (1024 * 1024), backupLarge.last.pageHeapPeakMb)
    return [backupLarge.last.backupMs]
  },
  report: (summary) => ({
    backup_1gb_ms: summary.median,
    restore_1gb_ms: Math.round(backupLarge.last.restoreMs),
    backup_1gb_peak_heap_mb: Math.round(backupLarge.last.peakHeapMb * 10) / 10,
    backup_1gb_file_mb: Math.round(backupLarge.last.fileMb),
  }),
  budgets: { backup_1gb_peak_heap_mb: 300 },
}

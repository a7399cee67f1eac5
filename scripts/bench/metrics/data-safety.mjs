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

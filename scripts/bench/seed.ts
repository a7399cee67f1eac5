import { configureZodMessages } from '@shared/domain'
import { buildSampleForum } from '@shared/sample'
import { buildLargeDataset } from './large-seed'
import { createRepositories, MufakatDatabase } from '@renderer/db'

/**
 * The bench's seeder page, served from the same origin as the app so that both see one IndexedDB.
 * It is built only by the bench (vite.bench.config.ts), never shipped.
 */
configureZodMessages()

const repositories = createRepositories({
  db: new MufakatDatabase(),
  newId: () => crypto.randomUUID(),
})

let lastBackup: Uint8Array | undefined

const bench = {
  repositories,
  async seed(options: { forums: number; participants: number; actionItems: number }) {
    const started = performance.now()
    const now = new Date()
    const sample = buildSampleForum({ newId: () => crypto.randomUUID(), now })
    await repositories.datasets.loadSample(sample, { keepOrganisation: false })
    await repositories.datasets.loadGenerated(
      buildLargeDataset({ newId: () => crypto.randomUUID(), now, ...options }),
    )
    return performance.now() - started
  },
  /** Data safety: a full backup of the seeded database, kept in the page for the restore. */
  async backup() {
    const started = performance.now()
    lastBackup = await repositories.backup.create({ appVersion: 'bench' })
    return { ms: performance.now() - started, bytes: lastBackup.length }
  },
  /** Restores the last backup: validation, then clear and add every table in one transaction. */
  async restore() {
    if (!lastBackup) throw new Error('bench.backup() first')
    const started = performance.now()
    await repositories.backup.restore(lastBackup, { appVersion: 'bench' })
    return performance.now() - started
  },
}

declare global {
  interface Window {
    bench: typeof bench
  }
}
window.bench = bench
document.getElementById('state')!.textContent = 'ready'

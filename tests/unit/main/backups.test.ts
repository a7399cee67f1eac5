import * as fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  backupFileName,
  backupsToRemove,
  isBackupFileName,
  writeBackup,
} from '../../../src/main/files/backups'

describe('automatic backups', () => {
  let dir: string

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mufakat-backups-'))
  })

  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true })
  })

  it('names backups so that they sort by time and say why they were made', () => {
    const earlier = backupFileName('quit', 'WITA', new Date('2025-03-01T08:15:30.123Z'))
    const later = backupFileName('version_change', 'WITA', new Date('2025-03-01T08:15:31.000Z'))

    expect(earlier).toMatch(/^mufakat-backup-2025-03-01-161530-quit-[0-9a-f]{8}\.backup$/)
    expect(isBackupFileName(earlier)).toBe(true)
    expect([later, earlier].sort()).toEqual([earlier, later])
  })

  it('removes only the oldest backups beyond the limit and ignores other files', () => {
    const names = Array.from({ length: 12 }, (_, i) =>
      backupFileName('manual', 'WIB', new Date(Date.UTC(2025, 0, 1, 0, 0, i))),
    )

    const removed = backupsToRemove([...names, 'notes.txt'], 10)

    expect(removed.sort()).toEqual([names[0], names[1]].sort())
  })

  it('writes into the folder and keeps the newest ten', async () => {
    const written: string[] = []
    for (let i = 0; i < 12; i++) {
      const now = new Date(Date.UTC(2025, 0, 1, 0, 0, i))
      written.push(await writeBackup(dir, new Uint8Array([i]), 'quit', 'WIB', { now }))
    }

    const left = (await fs.readdir(dir)).sort()
    expect(left).toEqual(written.slice(2).map((p) => path.basename(p)))
    expect([...(await fs.readFile(written[11] ?? ''))]).toEqual([11])
  })

  it('never removes the backup it has just written, even with a clock gone backwards', async () => {
    for (let i = 0; i < 10; i++) {
      await writeBackup(dir, new Uint8Array([i]), 'quit', 'WIB', {
        now: new Date(Date.UTC(2030, 0, 1, i)),
      })
    }

    const fresh = await writeBackup(dir, new Uint8Array([99]), 'manual', 'WIB', {
      now: new Date(Date.UTC(2020, 0, 1)),
    })

    expect(await fs.readdir(dir)).toContain(path.basename(fresh))
  })
})

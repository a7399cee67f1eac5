import * as fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  backupFileName,
  backupsToRemove,
  isBackupFileName,
  listBackups,
  writeBackup,
} from '../../../src/main/files/backups'
import { backupHandlers } from '../../../src/main/ipc/backup-handlers'

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

    expect(earlier).toMatch(/^mufakat-backup-2025-03-01-161530-quit-[0-9a-f]{8}\.mufakat$/)
    expect(isBackupFileName(earlier)).toBe(true)
    expect([later, earlier].sort()).toEqual([earlier, later])
  })

  it('removes only what the tiers no longer keep, and ignores other files', () => {
    const now = new Date(Date.UTC(2025, 0, 1, 0, 0, 30))
    const names = Array.from({ length: 12 }, (_, i) =>
      backupFileName('manual', 'WIB', new Date(Date.UTC(2025, 0, 1, 0, 0, i))),
    )
    const older = backupFileName('quit', 'WIB', new Date(Date.UTC(2024, 0, 1)))
    const legacy = names[0]!.replace(/\.mufakat$/, '.backup')

    const removed = backupsToRemove([...names.slice(1), legacy, older, 'notes.txt'], now)

    // Beyond the newest ten, that day's copy is its newest (kept already): the day's older ones
    // go, .backup names included, and so does a copy a year old.
    expect(removed.sort()).toEqual([legacy, names[1], older].sort())
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

  it('lists the folder newest first with time, reason and size, old names included', async () => {
    const first = await writeBackup(dir, new Uint8Array(3), 'pre_restore', 'WITA', {
      now: new Date(Date.UTC(2025, 0, 1)),
    })
    const second = await writeBackup(dir, new Uint8Array(5), 'quit', 'WITA', {
      now: new Date(Date.UTC(2025, 0, 2)),
    })
    await fs.utimes(first, new Date('2025-01-01T00:00:00Z'), new Date('2025-01-01T00:00:00Z'))
    await fs.utimes(second, new Date('2025-01-02T00:00:00Z'), new Date('2025-01-02T00:00:00Z'))
    const legacy = path.join(dir, 'mufakat-backup-2024-12-31-101010-periodic-0a0b0c0d.backup')
    await fs.writeFile(legacy, new Uint8Array(7))
    await fs.utimes(legacy, new Date('2024-12-31T02:10:10Z'), new Date('2024-12-31T02:10:10Z'))
    await fs.writeFile(path.join(dir, 'catatan.txt'), 'bukan cadangan')

    const { list } = backupHandlers({ folder: () => dir, openPath: async () => '' })
    expect(await list()).toEqual({
      kept: true,
      backups: [
        {
          name: path.basename(second),
          createdAt: '2025-01-02T00:00:00.000Z',
          reason: 'quit',
          bytes: 5,
        },
        {
          name: path.basename(first),
          createdAt: '2025-01-01T00:00:00.000Z',
          reason: 'pre_restore',
          bytes: 3,
        },
        {
          name: path.basename(legacy),
          createdAt: '2024-12-31T02:10:10.000Z',
          reason: 'periodic',
          bytes: 7,
        },
      ],
    })
  })

  it('lists nothing, without failing, before the folder exists', async () => {
    expect(await listBackups(path.join(dir, 'belum-ada'))).toEqual([])
  })

  it('reads a listed backup by its name and nothing outside the folder', async () => {
    const written = await writeBackup(dir, new Uint8Array([1, 2, 3]), 'quit', 'WIB')
    const { read } = backupHandlers({ folder: () => dir, openPath: async () => '' })
    expect([...(await read({ name: path.basename(written) })).bytes]).toEqual([1, 2, 3])
    await expect(read({ name: '../mufakat-backup-x.mufakat' })).rejects.toThrow(/not an automatic/)
  })

  it('opens the backup folder, making it first, and says when the system could not', async () => {
    const folder = path.join(dir, 'backups')
    const opened: string[] = []
    const handlers = backupHandlers({
      folder: () => folder,
      openPath: async (p) => {
        opened.push(p)
        return opened.length === 1 ? '' : 'No application is associated'
      },
    })
    expect(await handlers.openFolder()).toEqual({ opened: true })
    expect((await fs.stat(folder)).isDirectory()).toBe(true)
    expect(await handlers.openFolder()).toEqual({ opened: false })
    expect(opened).toEqual([folder, folder])
  })
})

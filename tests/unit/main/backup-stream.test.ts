import * as fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { backupFileName } from '../../../src/main/files/backups'
import {
  backupStreamHandlers,
  type BackupStreamFs,
} from '../../../src/main/ipc/backup-stream-handlers'

const realFs = fs as unknown as BackupStreamFs

describe('streamed backups through main', () => {
  let dir: string

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mufakat-stream-'))
  })
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true })
  })

  function handlers(options: { fs?: BackupStreamFs; save?: string | null } = {}) {
    return backupStreamHandlers<null>({
      folder: () => path.join(dir, 'backups'),
      chooseSavePath: async () =>
        options.save === undefined ? path.join(dir, 'chosen.mufakat') : options.save,
      chooseOpenPath: async () => path.join(dir, 'chosen.mufakat'),
      fs: options.fs ?? realFs,
    })
  }

  const piece = (n: number, fill: number) => new Uint8Array(n).fill(fill)

  it('writes pieces into a temp file and renames it over the chosen path on finish', async () => {
    const h = handlers()
    const { handle } = await h.open({ target: { kind: 'save', suggestedName: 'a.mufakat' } }, null)
    expect(handle).not.toBeNull()
    await h.append({ handle: handle!, bytes: piece(3, 1) })
    expect(await h.append({ handle: handle!, bytes: piece(2, 2) })).toEqual({ written: 5 })
    // Nothing under the real name until the end.
    expect(await fs.readdir(dir)).toEqual([expect.stringMatching(/^\.chosen\.mufakat\..*\.tmp$/)])
    expect(await h.finish({ handle: handle! })).toEqual({ path: path.join(dir, 'chosen.mufakat') })
    expect(await fs.readdir(dir)).toEqual(['chosen.mufakat'])
    expect([...(await fs.readFile(path.join(dir, 'chosen.mufakat')))]).toEqual([1, 1, 1, 2, 2])
  })

  it('answers a cancelled dialog with no handle, and refuses an unknown one', async () => {
    const h = handlers({ save: null })
    expect(await h.open({ target: { kind: 'save', suggestedName: 'a.mufakat' } }, null)).toEqual({
      handle: null,
    })
    await expect(
      h.append({ handle: crypto.randomUUID(), bytes: piece(1, 0) }),
    ).rejects.toMatchObject({ code: 'invalid_request' })
  })

  it('deletes the temp file on abort, leaving the folder as it was', async () => {
    await fs.writeFile(path.join(dir, 'chosen.mufakat'), 'old')
    const h = handlers()
    const { handle } = await h.open({ target: { kind: 'save', suggestedName: 'a.mufakat' } }, null)
    await h.append({ handle: handle!, bytes: piece(4, 9) })
    expect(await h.abort({ handle: handle! })).toEqual({ aborted: true })
    expect(await fs.readdir(dir)).toEqual(['chosen.mufakat'])
    expect(await fs.readFile(path.join(dir, 'chosen.mufakat'), 'utf8')).toBe('old')
    expect(await h.abort({ handle: handle! })).toEqual({ aborted: false })
  })

  it('drops the temp file and the stream when the disk is full', async () => {
    const full: BackupStreamFs = {
      ...realFs,
      open: async (file, flags) => {
        const opened = await realFs.open(file, flags)
        return {
          ...opened,
          close: () => opened.close(),
          sync: () => opened.sync(),
          read: (...args) => opened.read(...args),
          writeFile: async () => {
            throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' })
          },
        }
      },
    }
    const h = handlers({ fs: full })
    const { handle } = await h.open({ target: { kind: 'save', suggestedName: 'a.mufakat' } }, null)
    await expect(h.append({ handle: handle!, bytes: piece(4, 9) })).rejects.toMatchObject({
      code: 'ENOSPC',
    })
    expect(await fs.readdir(dir)).toEqual([])
    await expect(h.finish({ handle: handle! })).rejects.toMatchObject({ code: 'invalid_request' })
  })

  it('writes automatic backups into the backups folder and prunes by retention', async () => {
    const folder = path.join(dir, 'backups')
    await fs.mkdir(folder)
    const now = new Date()
    const old = Array.from({ length: 12 }, (_, i) =>
      backupFileName('periodic', 'WIB', new Date(now.getTime() - (i + 1) * 60_000)),
    )
    for (const name of old) await fs.writeFile(path.join(folder, name), 'x')
    const h = handlers()
    const { handle } = await h.open(
      { target: { kind: 'auto', reason: 'quit', timeZone: 'WIB' } },
      null,
    )
    await h.append({ handle: handle!, bytes: piece(10, 7) })
    const { path: written } = await h.finish({ handle: handle! })
    expect(path.dirname(written!)).toBe(folder)
    const left = await fs.readdir(folder)
    expect(left).toContain(path.basename(written!))
    expect(left).toHaveLength(10)
  })

  it('reads a file by offset in pieces, and an automatic backup only by its own name', async () => {
    await fs.writeFile(path.join(dir, 'chosen.mufakat'), Uint8Array.from([0, 1, 2, 3, 4, 5, 6]))
    const h = handlers()
    const { file } = await h.readOpen({ source: { kind: 'pick' } }, null)
    expect(file).toMatchObject({ name: 'chosen.mufakat', size: 7 })
    const read = (offset: number, length: number) =>
      h.readChunk({ handle: file!.handle, offset, length }).then((r) => [...r.bytes])
    expect(await read(2, 3)).toEqual([2, 3, 4])
    expect(await read(5, 10)).toEqual([5, 6])
    expect(await h.readClose({ handle: file!.handle })).toEqual({ closed: true })
    await expect(read(0, 1)).rejects.toMatchObject({ code: 'invalid_request' })
    await expect(
      h.readOpen({ source: { kind: 'auto', name: 'mufakat-backup-x.mufakat' } }, null),
    ).rejects.toMatchObject({ code: 'invalid_request' })
  })
})

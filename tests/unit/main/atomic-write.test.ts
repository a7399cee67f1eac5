import * as fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeFileAtomic, type AtomicWriteFs } from '../../../src/main/files/atomic-write'

const bytes = (text: string) => new TextEncoder().encode(text)
const busy = () => Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' })

describe('writeFileAtomic', () => {
  let dir: string

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mufakat-atomic-'))
  })

  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true })
  })

  it('writes a new file and leaves no temp file behind', async () => {
    const target = path.join(dir, 'berita-acara.docx')

    await writeFileAtomic(target, bytes('isi pertama'))

    expect(await fs.readFile(target, 'utf8')).toBe('isi pertama')
    expect(await fs.readdir(dir)).toEqual(['berita-acara.docx'])
  })

  it('replaces an existing file whole', async () => {
    const target = path.join(dir, 'daftar-hadir.xlsx')
    await fs.writeFile(target, 'versi lama yang lebih panjang')

    await writeFileAtomic(target, bytes('baru'))

    expect(await fs.readFile(target, 'utf8')).toBe('baru')
    expect(await fs.readdir(dir)).toEqual(['daftar-hadir.xlsx'])
  })

  it('retries a rename that a lock refuses once with EBUSY', async () => {
    const target = path.join(dir, 'cadangan.json')
    await fs.writeFile(target, 'lama')
    const renames: string[] = []
    const flakyFs: AtomicWriteFs = {
      open: fs.open,
      unlink: fs.unlink,
      rename: async (from, to) => {
        renames.push(String(from))
        if (renames.length === 1) throw busy()
        return fs.rename(from, to)
      },
    }

    await writeFileAtomic(target, bytes('baru'), { fs: flakyFs, retryDelayMs: 0 })

    expect(renames).toHaveLength(2)
    expect(path.dirname(renames[0] ?? '')).toBe(dir)
    expect(await fs.readFile(target, 'utf8')).toBe('baru')
    expect(await fs.readdir(dir)).toEqual(['cadangan.json'])
  })

  it('gives up after the retries, keeps the old content and removes the temp file', async () => {
    const target = path.join(dir, 'cadangan.json')
    await fs.writeFile(target, 'lama')
    const lockedFs: AtomicWriteFs = {
      open: fs.open,
      unlink: fs.unlink,
      rename: async () => {
        throw busy()
      },
    }

    await expect(
      writeFileAtomic(target, bytes('baru'), { fs: lockedFs, retries: 2, retryDelayMs: 0 }),
    ).rejects.toMatchObject({ code: 'EBUSY' })

    expect(await fs.readFile(target, 'utf8')).toBe('lama')
    expect(await fs.readdir(dir)).toEqual(['cadangan.json'])
  })

  it('does not retry errors that are not locks', async () => {
    const target = path.join(dir, 'missing-folder', 'x.pdf')

    await expect(writeFileAtomic(target, bytes('x'), { retryDelayMs: 0 })).rejects.toMatchObject({
      code: 'ENOENT',
    })
    expect(await fs.readdir(dir)).toEqual([])
  })
})

import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { openedFileFromArgv } from '../../../src/main/file-open'
import { createOpenedFileInbox, type InboxFs } from '../../../src/main/opened-file-inbox'

describe('openedFileFromArgv', () => {
  const cwd = path.resolve('/home/ani')

  it('finds the double-clicked file after the executable', () => {
    expect(
      openedFileFromArgv(['/opt/Mufakat/mufakat', '/home/ani/Unduhan/forum.mufakat'], {
        defaultApp: false,
        cwd,
      }),
    ).toBe(path.resolve('/home/ani/Unduhan/forum.mufakat'))
  })

  it('skips the app entry in development and makes a relative path absolute', () => {
    expect(
      openedFileFromArgv(['electron', 'out/main/index.js', 'cadangan.MUFAKAT'], {
        defaultApp: true,
        cwd,
      }),
    ).toBe(path.join(cwd, 'cadangan.MUFAKAT'))
  })

  it("reads a second instance's argv on Windows, switches Chromium added included", () => {
    const argv = [
      'C:\\Users\\ani\\AppData\\Local\\Programs\\Mufakat\\Mufakat.exe',
      '--allow-file-access-from-files',
      '--original-process-start-time=13370000000000000',
      'D:\\Forum Pelayanan\\paket forum.mufakat',
    ]
    expect(
      openedFileFromArgv(argv, { defaultApp: false, cwd: 'C:\\Windows', pathApi: path.win32 }),
    ).toBe('D:\\Forum Pelayanan\\paket forum.mufakat')
  })

  it('finds the file on a first launch in development, switches before the entry included', () => {
    // How the Electron suite starts the app with a file (tests/electron/shell.spec.ts).
    const argv = [
      '/repo/node_modules/electron/dist/electron',
      '--inspect=0',
      '--remote-debugging-port=0',
      '--no-sandbox',
      'out/main/index.js',
      '/tmp/mufakat-electron-1/cadangan.mufakat',
    ]
    expect(openedFileFromArgv(argv, { defaultApp: true, cwd })).toBe(
      path.resolve('/tmp/mufakat-electron-1/cadangan.mufakat'),
    )
  })

  it('names no file when none of the arguments is a .mufakat', () => {
    expect(openedFileFromArgv(['mufakat'], { defaultApp: false, cwd })).toBeNull()
    expect(
      openedFileFromArgv(['mufakat', 'notes.docx', '--x.mufakat'], { defaultApp: false, cwd }),
    ).toBeNull()
    // The executable itself is never taken for a file, whatever its name.
    expect(openedFileFromArgv(['/tmp/app.mufakat'], { defaultApp: false, cwd })).toBeNull()
  })
})

function fakeFs(files: Record<string, Uint8Array<ArrayBuffer>>): InboxFs {
  return {
    stat: async (filePath) => {
      const bytes = files[filePath]
      if (!bytes) throw Object.assign(new Error(`ENOENT ${filePath}`), { code: 'ENOENT' })
      return { size: bytes.byteLength }
    },
    readFile: async (filePath) => files[filePath] ?? new Uint8Array(),
  }
}

describe('createOpenedFileInbox', () => {
  const bytes = new Uint8Array([1, 2, 3])

  it('keeps a file that arrives before the page, tells the page, and hands it over once', async () => {
    const tellPage = vi.fn()
    const inbox = createOpenedFileInbox(fakeFs({ '/d/forum.mufakat': bytes }), tellPage)

    inbox.receive('/d/forum.mufakat')

    expect(tellPage).toHaveBeenCalledOnce()
    expect(await inbox.take()).toEqual({ file: { name: 'forum.mufakat', bytes } })
    expect(await inbox.take()).toEqual({ file: null })
  })

  it('keeps the latest file when a second launch hands over another', async () => {
    const inbox = createOpenedFileInbox(
      fakeFs({ '/d/a.mufakat': bytes, '/d/b.mufakat': new Uint8Array([9]) }),
      () => undefined,
    )
    inbox.receive('/d/a.mufakat')
    inbox.receive('/d/b.mufakat')

    expect((await inbox.take()).file?.name).toBe('b.mufakat')
  })

  it('refuses a file that has gone, and is empty afterwards', async () => {
    const inbox = createOpenedFileInbox(fakeFs({}), () => undefined)
    inbox.receive('/d/gone.mufakat')

    await expect(inbox.take()).rejects.toMatchObject({ code: 'ENOENT' })
    expect(inbox.waiting).toBeNull()
  })
})

describe('the page side: offerOpenedFile / receiveOpenedFiles', () => {
  it('holds a file until the restore screen listens, then hands it over once', async () => {
    const { offerOpenedFile, receiveOpenedFiles } =
      await import('../../../src/renderer/src/platform/opened-file')
    const file = { name: 'forum.mufakat', bytes: new Uint8Array([1]) }
    offerOpenedFile(file)

    const first = vi.fn()
    const stop = receiveOpenedFiles(first)
    expect(first).toHaveBeenCalledWith(file)

    offerOpenedFile({ ...file, name: 'kedua.mufakat' })
    expect(first).toHaveBeenLastCalledWith(expect.objectContaining({ name: 'kedua.mufakat' }))
    stop()

    const later = vi.fn()
    receiveOpenedFiles(later)
    expect(later).not.toHaveBeenCalled()
  })
})

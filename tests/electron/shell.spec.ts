import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {
  _electron,
  expect,
  test as base,
  type ElectronApplication,
  type Page,
} from '@playwright/test'
import { BRIDGE_METHODS } from '../../src/shared/ipc/channels'
import { NO_DEVTOOLS_ENV } from '../../src/main/launch-policy'
import { CONTENT_SECURITY_POLICY } from '../../src/main/security-policy'
import { electronAvailable, electronExecutable, SKIP_REASON } from './electron-available'

/**
 * The thin shell suite: one test per guard of engineering notes §3. Everything the user does in
 * the app is tested on the web twin (tests/e2e); this file only checks what only Electron has.
 * Each test gets its own data folder (MUFAKAT_USER_DATA) and therefore its own instance lock.
 */

// Linux refuses Chromium's OS sandbox to root (CI containers); the JS sandbox stays on.
const chromiumArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : []
const MAIN_ENTRY = 'out/main/index.js'

function shellEnv(userDataDir: string): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value
  }
  return { ...env, MUFAKAT_USER_DATA: userDataDir }
}

type MainGlobals = typeof globalThis & {
  __openedExternally?: string[]
  __navigationAttempt?: Promise<string>
}

/** Replaces shell.openExternal in main by a recorder, so no real browser is started. */
async function recordExternalOpens(app: ElectronApplication): Promise<void> {
  await app.evaluate(({ shell }) => {
    const g = globalThis as MainGlobals
    g.__openedExternally = []
    shell.openExternal = async (url: string) => {
      g.__openedExternally?.push(url)
    }
  })
}

const openedExternally = (app: ElectronApplication) =>
  app.evaluate(() => [...((globalThis as MainGlobals).__openedExternally ?? [])])

/** Starts the built app on its own data folder, with extra arguments (a file) or environment. */
async function launchShell(
  userDataDir: string,
  extra: { args?: string[]; env?: Record<string, string> } = {},
): Promise<ElectronApplication> {
  if (!electronExecutable) throw new Error(SKIP_REASON)
  return _electron.launch({
    executablePath: electronExecutable,
    args: [...chromiumArgs, MAIN_ENTRY, ...(extra.args ?? [])],
    env: { ...shellEnv(userDataDir), ...extra.env },
  })
}

const test = base.extend<{ userDataDir: string; electronApp: ElectronApplication; appPage: Page }>({
  // eslint-disable-next-line no-empty-pattern
  userDataDir: async ({}, use) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'mufakat-electron-'))
    await use(dir)
    await rm(dir, { recursive: true, force: true })
  },
  electronApp: async ({ userDataDir }, use) => {
    const app = await launchShell(userDataDir)
    await use(app)
    await app.close()
  },
  appPage: async ({ electronApp }, use) => {
    const page = await electronApp.firstWindow()
    await page.waitForLoadState('domcontentloaded')
    await use(page)
  },
})

test.describe('Electron shell', () => {
  test.beforeEach(() => {
    test.skip(!electronAvailable, SKIP_REASON)
  })

  test('serves the app sandboxed and isolated from a fixed origin and persistent session', async ({
    electronApp,
    appPage,
  }) => {
    const pageGlobals = await appPage.evaluate(() => {
      const g = globalThis as Record<string, unknown>
      return {
        require: typeof g.require,
        process: typeof g.process,
        module: typeof g.module,
        origin: location.origin,
      }
    })
    const shell = await electronApp.evaluate(async ({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]?.webContents
      // 999 is the isolated world Electron runs the preload in. Unsandboxed, it has Node's
      // `require` as a global; sandboxed, the preload gets only a wrapper argument.
      const preloadRequire: unknown = await contents?.executeJavaScriptInIsolatedWorld(999, [
        { code: 'typeof require' },
      ])
      return { preloadRequire, persistent: contents?.session.isPersistent() }
    })

    expect(pageGlobals).toEqual({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      origin: 'mufakat://app',
    })
    expect(shell).toEqual({ preloadRequire: 'undefined', persistent: true })
  })

  test('blocks navigation away from the app', async ({ electronApp, appPage }) => {
    await electronApp.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]?.webContents
      ;(globalThis as MainGlobals).__navigationAttempt = new Promise((resolve) => {
        // Registered after the app's guard, so this runs once the guard has decided.
        contents?.once('will-navigate', (event) => resolve(event.url))
      })
    })

    await appPage.evaluate(() => {
      location.href = 'https://example.com/'
    })
    const attempted = await electronApp.evaluate(
      () => (globalThis as MainGlobals).__navigationAttempt,
    )

    expect(attempted).toBe('https://example.com/')
    expect(await appPage.evaluate(() => location.href)).toBe('mufakat://app/')
  })

  test('window.open creates no window and hands https links to the browser', async ({
    electronApp,
    appPage,
  }) => {
    await recordExternalOpens(electronApp)

    const returned = await appPage.evaluate(() => window.open('https://example.com/') === null)

    expect(returned).toBe(true)
    await expect.poll(() => openedExternally(electronApp)).toEqual(['https://example.com/'])
    expect(
      await electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length),
    ).toBe(1)
  })

  test('file: and javascript: links are never opened outside', async ({ electronApp, appPage }) => {
    await recordExternalOpens(electronApp)

    await appPage.evaluate(() => {
      for (const href of ['file:///etc/passwd', 'javascript:void(0)']) {
        const link = document.createElement('a')
        link.href = href
        link.target = '_blank'
        document.body.append(link)
        link.click()
        link.remove()
      }
      window.open('file:///C:/Windows/System32/calc.exe')
    })
    // A link the guard does pass on: once it arrives, everything before it has been decided.
    await appPage.evaluate(() => window.open('https://example.com/marker'))

    await expect.poll(() => openedExternally(electronApp)).toContain('https://example.com/marker')
    expect(await openedExternally(electronApp)).toEqual(['https://example.com/marker'])
    expect(appPage.url()).toBe('mufakat://app/')
  })

  test('window.mufakat exposes exactly the bridge methods and the event listener, and they answer', async ({
    appPage,
    userDataDir,
  }) => {
    const exposed = await appPage.evaluate(() => {
      const api = (window as unknown as { mufakat: Record<string, unknown> }).mufakat
      return Object.keys(api)
        .sort()
        .map((key) => [key, typeof api[key]])
    })
    const info = await appPage.evaluate(() =>
      (window as unknown as { mufakat: { appInfo(): Promise<unknown> } }).mufakat.appInfo(),
    )

    expect(exposed).toEqual(
      [...BRIDGE_METHODS, 'onShellEvent'].sort().map((name) => [name, 'function']),
    )
    expect(info).toMatchObject({
      ok: true,
      value: { name: 'Mufakat', userDataPath: path.resolve(userDataDir) },
    })
  })

  test('the app scheme sends the CSP and serves nothing outside the renderer folder', async ({
    appPage,
  }) => {
    const responses = await appPage.evaluate(async () => {
      const index = await fetch('/')
      const escape = await fetch('/%2e%2e/%2e%2e/package.json')
      return {
        index: index.status,
        csp: index.headers.get('content-security-policy'),
        escape: escape.status,
      }
    })

    expect(responses).toEqual({ index: 200, csp: CONTENT_SECURITY_POLICY, escape: 404 })
  })

  test('web permissions are denied', async ({ appPage }) => {
    const permission = await appPage.evaluate(() => Notification.requestPermission())

    expect(permission).toBe('denied')
  })

  test('a second instance with the same data folder exits and leaves the first running', async ({
    electronApp,
    userDataDir,
  }) => {
    if (!electronExecutable) throw new Error(SKIP_REASON)

    const second = spawn(electronExecutable, [...chromiumArgs, MAIN_ENTRY], {
      env: shellEnv(userDataDir),
      stdio: 'ignore',
    })
    const exitCode = await new Promise<number | null>((resolve) => second.on('exit', resolve))

    expect(exitCode).toBe(0)
    expect(
      await electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length),
    ).toBe(1)
  })

  test('the application menu is Indonesian, follows the UI language, and its commands reach the page', async ({
    electronApp,
    appPage,
  }) => {
    const topLabels = () =>
      electronApp.evaluate(({ Menu }) =>
        (Menu.getApplicationMenu()?.items ?? []).map((item) => item.label),
      )
    await expect
      .poll(topLabels)
      .toEqual(['Berkas', 'Sunting', 'Tampilan', 'Forum', 'Jendela', 'Bantuan'])

    await electronApp.evaluate(({ Menu }) => {
      const newForum = Menu.getApplicationMenu()?.items[0]?.submenu?.items[0]
      newForum?.click()
    })
    await expect(appPage).toHaveURL(/#\/forums\/new$/)

    await appPage.getByTestId('language-switch').selectOption('en')
    await expect.poll(topLabels).toEqual(['File', 'Edit', 'View', 'Forum', 'Window', 'Help'])
  })

  test('a .mufakat file handed over by a second launch opens the restore screen', async ({
    electronApp,
    appPage,
    userDataDir,
  }) => {
    if (!electronExecutable) throw new Error(SKIP_REASON)
    const file = path.join(userDataDir, 'cadangan.mufakat')
    await writeFile(file, 'not a real backup')

    const second = spawn(electronExecutable, [...chromiumArgs, MAIN_ENTRY, file], {
      env: shellEnv(userDataDir),
      stdio: 'ignore',
    })
    await new Promise((resolve) => second.on('exit', resolve))

    // The preview refuses this file; nothing was restored without a confirmation.
    await expect(appPage).toHaveURL(/#\/settings\/data-safety$/)
    expect(
      await electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length),
    ).toBe(1)
  })
  test('a .mufakat file double-clicked to start the app opens the restore screen', async ({
    userDataDir,
  }) => {
    const file = path.join(userDataDir, 'cadangan.mufakat')
    await writeFile(file, 'not a real backup')

    const app = await launchShell(userDataDir, { args: [file] })
    try {
      const page = await app.firstWindow()

      // The file waited in main until the page took it; the preview refuses it, nothing restored.
      await expect(page).toHaveURL(/#\/settings\/data-safety$/)
    } finally {
      await app.close()
    }
  })

  test('with DevTools locked as when packaged, no window has them and any that open are closed', async ({
    userDataDir,
  }) => {
    const app = await launchShell(userDataDir, { env: { [NO_DEVTOOLS_ENV]: '1' } })
    try {
      await expect
        .poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length))
        .toBe(1)

      const devTools = await app.evaluate(({ BrowserWindow }) => {
        const contents = BrowserWindow.getAllWindows()[0]?.webContents
        if (!contents) throw new Error('no window')
        let closed = 0
        const close = contents.closeDevTools.bind(contents)
        contents.closeDevTools = () => {
          closed += 1
          close()
        }
        // webPreferences.devTools off: Electron ignores the request (it opens them synchronously
        // where they are allowed).
        contents.openDevTools({ mode: 'detach' })
        const openedOnRequest = contents.isDevToolsOpened()
        // What a way round the preference would look like to the app: the guard closes them.
        contents.emit('devtools-opened')
        return { openedOnRequest, closed }
      })

      expect(devTools).toEqual({ openedOnRequest: false, closed: 1 })
    } finally {
      await app.close()
    }
  })

  test('date and time fields are Indonesian (dd/mm/yyyy, 24-hour) on an English system', async ({
    userDataDir,
  }) => {
    const english = { LANG: 'en_US.UTF-8', LANGUAGE: 'en_US', LC_ALL: 'en_US.UTF-8' }
    const app = await launchShell(userDataDir, { env: english })
    try {
      const page = await app.firstWindow()
      expect(await app.evaluate(({ app: electronApp }) => electronApp.getLocale())).toMatch(/^id\b/)
      expect(await page.evaluate(() => navigator.language)).toMatch(/^id\b/)

      await page.evaluate(() => {
        location.hash = '#/forums/new'
      })
      const form = page.getByTestId('forum-form')
      const date = form.getByLabel('Tanggal mulai')
      const time = form.getByTestId('day-0').getByLabel('Jam mulai')
      await date.fill('')
      await date.focus()
      await page.keyboard.type('31122026')
      await time.fill('')
      await time.focus()
      await page.keyboard.type('0930')

      // Day first; and a 12-hour field would still wait for AM/PM, leaving the value empty.
      await expect(date).toHaveValue('2026-12-31')
      await expect(time).toHaveValue('09:30')
    } finally {
      await app.close()
    }
  })
})

import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  devToolsAllowed,
  keepDevToolsClosed,
  NO_DEVTOOLS_ENV,
  type DevToolsHost,
  forbiddenLaunchSwitch,
  userDataFolder,
} from '../../../src/main/launch-policy'

const exe = 'C:\\Users\\ani\\AppData\\Local\\Programs\\Mufakat\\Mufakat.exe'

describe('forbiddenLaunchSwitch', () => {
  it('refuses debugger and inspector switches in the packaged app', () => {
    for (const argument of [
      '--remote-debugging-port=9222',
      '--remote-debugging-port',
      '--remote-debugging-pipe',
      '--inspect',
      '--inspect=127.0.0.1:9229',
      '--inspect-brk',
      '--inspect-brk=0',
      '--INSPECT-BRK',
    ]) {
      expect(forbiddenLaunchSwitch([exe, argument], true, 'linux'), argument).toBe(argument)
    }
  })

  it("refuses Windows' other switch spellings on Windows", () => {
    expect(forbiddenLaunchSwitch([exe, '-remote-debugging-port=9222'], true, 'win32')).toBe(
      '-remote-debugging-port=9222',
    )
    expect(forbiddenLaunchSwitch([exe, '/inspect'], true, 'win32')).toBe('/inspect')
    // On Linux a path is not a switch.
    expect(forbiddenLaunchSwitch(['/opt/Mufakat/mufakat', '/inspect'], true, 'linux')).toBeNull()
  })

  it('lets ordinary starts and files through, and leaves development alone', () => {
    expect(forbiddenLaunchSwitch([exe], true, 'win32')).toBeNull()
    expect(forbiddenLaunchSwitch([exe, 'D:\\forum.mufakat'], true, 'win32')).toBeNull()
    expect(forbiddenLaunchSwitch([exe, '--inspector-notes.mufakat'], true, 'linux')).toBeNull()
    expect(forbiddenLaunchSwitch([exe, '--remote-debugging-port=0'], false, 'linux')).toBeNull()
  })
})

describe('userDataFolder', () => {
  const appData = path.resolve('/home/ani/.config')

  it('ignores MUFAKAT_USER_DATA in the packaged app', () => {
    expect(
      userDataFolder({
        override: '/tmp/elsewhere',
        isPackaged: true,
        appData,
        productName: 'Mufakat',
      }),
    ).toBe(path.join(appData, 'Mufakat'))
  })

  it('honours it in development, where each Electron test has its own folder', () => {
    expect(
      userDataFolder({
        override: 'tmp/test-1',
        isPackaged: false,
        appData,
        productName: 'Mufakat',
      }),
    ).toBe(path.resolve('tmp/test-1'))
    expect(
      userDataFolder({ override: undefined, isPackaged: false, appData, productName: 'Mufakat' }),
    ).toBe(path.join(appData, 'Mufakat'))
  })
})

describe('devToolsAllowed', () => {
  it('is false when packaged, whatever the environment says', () => {
    expect(devToolsAllowed(true)).toBe(false)
    expect(devToolsAllowed(true, { [NO_DEVTOOLS_ENV]: '0' })).toBe(false)
    expect(devToolsAllowed(false)).toBe(true)
  })

  it('the test switch only ever takes developer tools away', () => {
    expect(devToolsAllowed(false, { [NO_DEVTOOLS_ENV]: '1' })).toBe(false)
    expect(devToolsAllowed(false, { [NO_DEVTOOLS_ENV]: '' })).toBe(true)
  })
})

/** A web contents whose DevTools something opens; records what the guard does. */
function devToolsHost() {
  const listeners: (() => void)[] = []
  let closed = 0
  const host: DevToolsHost = {
    on: (_event, listener) => listeners.push(listener),
    closeDevTools: () => {
      closed += 1
    },
  }
  return { host, open: () => listeners.forEach((listener) => listener()), closed: () => closed }
}

describe('keepDevToolsClosed', () => {
  it('closes DevTools the moment anything opens them, when they are not allowed', () => {
    const contents = devToolsHost()
    keepDevToolsClosed(contents.host, devToolsAllowed(true))

    contents.open()
    contents.open()

    expect(contents.closed()).toBe(2)
  })

  it('leaves them open in development', () => {
    const contents = devToolsHost()
    keepDevToolsClosed(contents.host, devToolsAllowed(false))

    contents.open()

    expect(contents.closed()).toBe(0)
  })
})

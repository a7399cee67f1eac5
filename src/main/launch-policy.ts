import path from 'node:path'

/**
 * Start-up decisions of the packaged app as pure functions (tests/unit/main/launch-policy.test.ts).
 * An installed Mufakat holds personal data behind the app lock: nothing may open it to a debugger,
 * and no environment variable may move its data.
 */

/** Chromium and Node switches that let another program read or drive the app. */
export const FORBIDDEN_SWITCHES = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-debugging-address',
  'inspect',
  'inspect-brk',
  'inspect-port',
  'inspect-publish-uid',
] as const

/**
 * The first forbidden switch in `argv`, as written, or null. Chromium reads `--name` and
 * `--name=value` everywhere, and on Windows also `-name` and `/name`, in any case. Only the
 * packaged app refuses: development and the Electron test suite need the debugger.
 */
export function forbiddenLaunchSwitch(
  argv: readonly string[],
  isPackaged: boolean,
  platform: NodeJS.Platform = process.platform,
): string | null {
  if (!isPackaged) return null
  const prefix = platform === 'win32' ? /^(?:--|-|\/)/ : /^--/
  for (const argument of argv) {
    const match = prefix.exec(argument)
    if (!match) continue
    const name = argument.slice(match[0].length).split('=')[0]?.toLowerCase() ?? ''
    if ((FORBIDDEN_SWITCHES as readonly string[]).includes(name)) return argument
  }
  return null
}

/**
 * The data folder. `MUFAKAT_USER_DATA` gives each Electron test its own folder in development;
 * the packaged app always uses `<appData>/Mufakat`, whatever the environment says.
 */
export function userDataFolder(options: {
  override: string | undefined
  isPackaged: boolean
  appData: string
  productName: string
}): string {
  if (!options.isPackaged && options.override) return path.resolve(options.override)
  return path.join(options.appData, options.productName)
}

/**
 * Set to `1` by the Electron suite to try the packaged lock-down on a development build. It can
 * only take developer tools away, never give them back, so it opens nothing to anyone.
 */
export const NO_DEVTOOLS_ENV = 'MUFAKAT_NO_DEVTOOLS'

/** Developer tools exist only in development. */
export function devToolsAllowed(
  isPackaged: boolean,
  env: Readonly<Record<string, string | undefined>> = {},
): boolean {
  return !isPackaged && env[NO_DEVTOOLS_ENV] !== '1'
}

/** The parts of a web contents the DevTools guard uses. */
export interface DevToolsHost {
  on(event: 'devtools-opened', listener: () => void): unknown
  closeDevTools(): void
}

/**
 * Without developer tools in its preferences a window cannot open them; should anything still
 * open them (a future Electron, a stray shortcut), they are closed at once.
 */
export function keepDevToolsClosed(contents: DevToolsHost, allowed: boolean): void {
  if (allowed) return
  contents.on('devtools-opened', () => contents.closeDevTools())
}

import path from 'node:path'

/**
 * A `.mufakat` file handed over by the desktop: double-click (the path is in argv at start) or a
 * second launch (the running app gets the second one's argv in `second-instance`). Pure parts
 * here, tested in tests/unit/main/file-open.test.ts; ./opened-file-inbox.ts keeps it for the page.
 */

export const OPENABLE_EXTENSIONS = ['.mufakat'] as const

/**
 * The file named in `argv`, made absolute against `cwd`, or null. The executable (and, when
 * Electron runs the app from a folder, the app's entry) comes first and is skipped; switches
 * (`--x`, and the ones Chromium adds to a second instance's argv) are never files.
 */
export function openedFileFromArgv(
  argv: readonly string[],
  options: { defaultApp: boolean; cwd: string; pathApi?: path.PlatformPath },
): string | null {
  const pathApi = options.pathApi ?? path
  const args = argv.slice(options.defaultApp ? 2 : 1)
  for (const argument of args) {
    if (argument.startsWith('-')) continue
    const lower = argument.toLowerCase()
    if (!OPENABLE_EXTENSIONS.some((extension) => lower.endsWith(extension))) continue
    return pathApi.resolve(options.cwd, argument)
  }
  return null
}

import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/**
 * Finds the Electron executable WITHOUT `require('electron')`: since Electron 45 that require
 * downloads the binary on first use, which cannot work offline and would print a stack trace.
 * This reads the same `path.txt` the electron package writes once the binary is there.
 */
function findElectronExecutable(): string | null {
  let packageDir: string
  try {
    const require = createRequire(import.meta.url)
    packageDir = path.dirname(require.resolve('electron/package.json'))
  } catch {
    return null
  }
  const pathFile = path.join(packageDir, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : ''
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  const executable = override
    ? path.join(override, relative || 'electron')
    : relative
      ? path.join(packageDir, 'dist', relative)
      : null
  return executable && existsSync(executable) ? executable : null
}

export const electronExecutable = findElectronExecutable()
export const electronAvailable = electronExecutable !== null

export const SKIP_REASON =
  'no Electron binary on this machine (Electron 45 fetches it on first launch; no network here)'

export const SKIP_LINE = `Electron suite skipped: ${SKIP_REASON}. Run \`npm run test:e2e\` for the web twin.`

// `npm start`: build the app with electron-vite, then run it in Electron.
// Electron 45 downloads its binary on first launch. Where that cannot happen (no network), say so in
// one plain line and point to the web twin, instead of a download stack trace.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import process from 'node:process'

const UNAVAILABLE =
  'Mufakat: the Electron binary is not available on this machine (it is downloaded on first launch and there is no network). Run `npm run web` to use the same app in your browser.'

const require = createRequire(import.meta.url)

function electronPackageDir() {
  try {
    return path.dirname(require.resolve('electron/package.json'))
  } catch {
    return null
  }
}

/** The executable the electron package points at, if it is on disk (same rule as its index.js). */
function installedElectron(packageDir) {
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

/** The binary, fetched quietly with the package's own installer on first launch; null if it fails. */
function ensureElectron() {
  const packageDir = electronPackageDir()
  if (!packageDir) return null
  const present = installedElectron(packageDir)
  if (present) return present
  const install = spawnSync(process.execPath, [path.join(packageDir, 'install.js')], {
    stdio: 'ignore',
    timeout: 10 * 60_000,
  })
  return install.status === 0 ? installedElectron(packageDir) : null
}

const electron = ensureElectron()
if (!electron) {
  console.error(UNAVAILABLE)
  process.exit(1)
}

const build = spawnSync('npx', ['electron-vite', 'build'], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
})
if (build.status !== 0) process.exit(build.status ?? 1)

const env = { ...process.env }
delete env.ELECTRON_RUN_AS_NODE
// `.` runs package.json's main (out/main/index.js) with the app's own name and version.
const child = spawn(electron, ['.'], { stdio: 'inherit', env })
child.on('error', () => {
  console.error(UNAVAILABLE)
  process.exit(1)
})
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)))

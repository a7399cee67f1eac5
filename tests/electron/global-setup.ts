import { spawnSync } from 'node:child_process'
import { electronAvailable, SKIP_LINE } from './electron-available'

/** Builds main, preload and renderer once for the whole suite, or says plainly why it is skipped. */
export default function globalSetup(): void {
  if (!electronAvailable) {
    console.log(SKIP_LINE)
    return
  }
  const build = spawnSync('npx', ['electron-vite', 'build'], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  })
  if (build.status !== 0) throw new Error('electron-vite build failed; see the output above.')
}

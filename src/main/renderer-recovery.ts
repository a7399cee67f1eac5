import type { MessageBoxOptions, RenderProcessGoneDetails } from 'electron'
import type { ShellLanguage } from '@shared/ipc/contract'
import { fill, shellText } from './shell-text'

/**
 * A renderer that crashes or hangs must not leave a blank window: it is reloaded with a message
 * (the data is in IndexedDB, safe). A renderer that keeps crashing is not reloaded forever.
 */

/** More crashes than this within CRASH_WINDOW_MS and the window stops reloading. */
export const MAX_CRASHES = 3
export const CRASH_WINDOW_MS = 60_000

export type GoneDecision = 'ignore' | 'reload' | 'give-up'

/** `crashTimes`: earlier crashes (ms), this one excluded. */
export function decideAfterRendererGone(
  reason: RenderProcessGoneDetails['reason'],
  crashTimes: readonly number[],
  now: number,
): GoneDecision {
  if (reason === 'clean-exit') return 'ignore'
  const recent = crashTimes.filter((at) => now - at < CRASH_WINDOW_MS).length
  return recent + 1 >= MAX_CRASHES ? 'give-up' : 'reload'
}

/** The parts of a BrowserWindow recovery needs. */
export interface RecoverableWindow {
  isDestroyed(): boolean
  webContents: {
    on(
      event: 'render-process-gone',
      listener: (e: unknown, d: RenderProcessGoneDetails) => void,
    ): unknown
    reload(): void
    forcefullyCrashRenderer(): void
  }
  on(event: 'unresponsive' | 'responsive', listener: () => void): unknown
}

export interface RecoveryOptions {
  /** Resolves with the index of the button pressed. */
  showMessage: (options: MessageBoxOptions) => Promise<number>
  language: () => ShellLanguage
  now?: () => number
}

export function watchRendererHealth(window: RecoverableWindow, options: RecoveryOptions): void {
  const now = options.now ?? Date.now
  const crashes: number[] = []
  let asking = false
  // Set while the app itself ends a hung renderer: that end is no crash to report.
  let restarting = false

  window.webContents.on('render-process-gone', (_event, details) => {
    if (window.isDestroyed()) return
    if (restarting) {
      restarting = false
      return
    }
    const at = now()
    const decision = decideAfterRendererGone(details.reason, crashes, at)
    crashes.push(at)
    if (decision === 'ignore') return
    const text = shellText(options.language()).recovery
    if (decision === 'reload') window.webContents.reload()
    void options.showMessage({
      type: decision === 'reload' ? 'warning' : 'error',
      title: text.crashedTitle,
      message: decision === 'reload' ? fill(text.crashed, { reason: details.reason }) : text.gaveUp,
      buttons: [shellText(options.language()).about.ok],
    })
  })

  window.on('unresponsive', () => {
    if (asking || window.isDestroyed()) return
    asking = true
    const text = shellText(options.language()).recovery
    void options
      .showMessage({
        type: 'warning',
        title: text.hungTitle,
        message: text.hung,
        buttons: [text.reload, text.wait],
        defaultId: 0,
        cancelId: 1,
      })
      .then((button) => {
        asking = false
        if (button !== 0 || window.isDestroyed()) return
        // A hung renderer ignores reload(); ending it first makes the reload take.
        restarting = true
        window.webContents.forcefullyCrashRenderer()
        window.webContents.reload()
      })
  })
}

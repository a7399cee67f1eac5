import type { PlatformBridge } from '@shared/ipc/contract'
import { createElectronBridge } from './electron-bridge'
import { createWebBridge } from './web-bridge'

/**
 * The one door from the UI to the shell. UI code calls `getPlatform()` and never knows whether
 * it runs in Electron (window.mufakat, installed by the preload) or in a browser.
 */
export type { PlatformBridge } from '@shared/ipc/contract'
export { PlatformError, isPlatformError } from './errors'

let current: PlatformBridge | undefined

export function getPlatform(): PlatformBridge {
  current ??= window.mufakat ? createElectronBridge(window.mufakat) : createWebBridge()
  return current
}

/** True inside the Electron shell. */
export function isDesktop(): boolean {
  return window.mufakat !== undefined
}

/**
 * The i18next context of a label that says how a file leaves the app: on the desktop a save
 * dialog writes it ("Simpan", the `_desktop` text), in the browser it is a download ("Unduh").
 */
export function fileContext(): 'desktop' | undefined {
  return isDesktop() ? 'desktop' : undefined
}

/** Tests only: replace the platform with a fake (pass undefined to go back to detection). */
export function setPlatformForTests(bridge: PlatformBridge | undefined): void {
  current = bridge
}

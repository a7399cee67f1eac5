import type { KeepAwake } from './keep-awake'
import type { OpenedFileInbox } from './opened-file-inbox'
import type { ShellMenus } from './shell-menus'
import type { ShellSettingsStore } from './shell-settings'

/**
 * The shell's long-lived parts, made once in ./index.ts when the app is ready and shared by the
 * windows and the IPC handlers.
 */
export interface ShellServices {
  settings: ShellSettingsStore
  menus: ShellMenus
  keepAwake: KeepAwake
  inbox: OpenedFileInbox
}

let services: ShellServices | null = null

export function setShell(next: ShellServices): void {
  services = next
}

export function shell(): ShellServices {
  if (!services) throw new Error('the shell is used before the app is ready')
  return services
}

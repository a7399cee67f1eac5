/**
 * IPC channel names. Kept apart from the zod schemas so the sandboxed preload bundles only these
 * strings, not zod. Part of the contract: see ./contract.ts.
 */
export const CHANNELS = {
  saveFile: 'file:save',
  openFile: 'file:open',
  printToPdf: 'print:pdf',
  appInfo: 'app:info',
  notify: 'notify:show',
  openProjector: 'projector:open',
  writeAutoBackup: 'backup:write-auto',
  listAutoBackups: 'backup:list-auto',
  readAutoBackup: 'backup:read-auto',
  openBackupFolder: 'backup:open-folder',
  setLanguage: 'app:set-language',
  print: 'print:page',
  takeOpenedFile: 'file:take-opened',
  projectorDisplays: 'projector:displays',
  chooseProjectorDisplay: 'projector:choose-display',
  backupStreamOpen: 'backup-stream:open',
  backupStreamAppend: 'backup-stream:append',
  backupStreamFinish: 'backup-stream:finish',
  backupStreamAbort: 'backup-stream:abort',
  backupReadOpen: 'backup-read:open',
  backupReadChunk: 'backup-read:chunk',
  backupReadClose: 'backup-read:close',
} as const

/**
 * The one channel main uses to tell the page something (a menu command, a file opened from the
 * desktop). Its payload is judged by `shellEventSchema` in the renderer before anything acts on it.
 */
export const SHELL_EVENT_CHANNEL = 'shell:event'

/** The bridge's request methods, in the order of CHANNELS (plus `onShellEvent`, see contract.ts). */
export type BridgeMethod = keyof typeof CHANNELS
export type Channel = (typeof CHANNELS)[BridgeMethod]

export const BRIDGE_METHODS = Object.keys(CHANNELS) as readonly BridgeMethod[]

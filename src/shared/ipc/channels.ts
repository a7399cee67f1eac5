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
} as const

/** The bridge's method names, in the order of CHANNELS: exactly what `window.mufakat` exposes. */
export type BridgeMethod = keyof typeof CHANNELS
export type Channel = (typeof CHANNELS)[BridgeMethod]

export const BRIDGE_METHODS = Object.keys(CHANNELS) as readonly BridgeMethod[]

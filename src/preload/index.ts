import { contextBridge, ipcRenderer } from 'electron'
import { CHANNELS } from '@shared/ipc/channels'
import type { PreloadBridge } from '@shared/ipc/contract'

/**
 * The whole preload: one explicit object, one method per channel of the IPC contract. No generic
 * `invoke`, no `ipcRenderer`, no Node reaches the page. Sandboxed, so electron-vite bundles it into
 * one CommonJS file that requires only `electron`; the channel names are bundled in (no zod here).
 */
const api = {
  saveFile: (req) => ipcRenderer.invoke(CHANNELS.saveFile, req),
  openFile: (req) => ipcRenderer.invoke(CHANNELS.openFile, req ?? {}),
  printToPdf: (req) => ipcRenderer.invoke(CHANNELS.printToPdf, req),
  appInfo: () => ipcRenderer.invoke(CHANNELS.appInfo, {}),
  notify: (req) => ipcRenderer.invoke(CHANNELS.notify, req),
  openProjector: (req) => ipcRenderer.invoke(CHANNELS.openProjector, req),
  writeAutoBackup: (req) => ipcRenderer.invoke(CHANNELS.writeAutoBackup, req),
} satisfies PreloadBridge

contextBridge.exposeInMainWorld('mufakat', api)

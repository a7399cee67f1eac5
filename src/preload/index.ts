import { contextBridge, ipcRenderer } from 'electron'
import { CHANNELS, SHELL_EVENT_CHANNEL } from '@shared/ipc/channels'
import type { PreloadBridge } from '@shared/ipc/contract'

/**
 * The whole preload: one explicit object, one method per channel of the IPC contract and one
 * listener for main's events. No generic
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
  listAutoBackups: () => ipcRenderer.invoke(CHANNELS.listAutoBackups, {}),
  readAutoBackup: (req) => ipcRenderer.invoke(CHANNELS.readAutoBackup, req),
  openBackupFolder: () => ipcRenderer.invoke(CHANNELS.openBackupFolder, {}),
  setLanguage: (req) => ipcRenderer.invoke(CHANNELS.setLanguage, req),
  print: () => ipcRenderer.invoke(CHANNELS.print, {}),
  takeOpenedFile: () => ipcRenderer.invoke(CHANNELS.takeOpenedFile, {}),
  projectorDisplays: () => ipcRenderer.invoke(CHANNELS.projectorDisplays, {}),
  chooseProjectorDisplay: (req) => ipcRenderer.invoke(CHANNELS.chooseProjectorDisplay, req),
  backupStreamOpen: (req) => ipcRenderer.invoke(CHANNELS.backupStreamOpen, req),
  backupStreamAppend: (req) => ipcRenderer.invoke(CHANNELS.backupStreamAppend, req),
  backupStreamFinish: (req) => ipcRenderer.invoke(CHANNELS.backupStreamFinish, req),
  backupStreamAbort: (req) => ipcRenderer.invoke(CHANNELS.backupStreamAbort, req),
  backupReadOpen: (req) => ipcRenderer.invoke(CHANNELS.backupReadOpen, req),
  backupReadChunk: (req) => ipcRenderer.invoke(CHANNELS.backupReadChunk, req),
  backupReadClose: (req) => ipcRenderer.invoke(CHANNELS.backupReadClose, req),
  // Only the payload reaches the page, never Electron's event (it carries the sender).
  onShellEvent: (listener) => {
    const forward = (_event: unknown, payload: unknown) => listener(payload)
    ipcRenderer.on(SHELL_EVENT_CHANNEL, forward)
    return () => {
      ipcRenderer.removeListener(SHELL_EVENT_CHANNEL, forward)
    }
  },
} satisfies PreloadBridge

contextBridge.exposeInMainWorld('mufakat', api)

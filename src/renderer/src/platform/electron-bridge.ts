import {
  shellEventSchema,
  type PlatformBridge,
  type PreloadBridge,
  type Result,
} from '@shared/ipc/contract'
import { PlatformError } from './errors'

async function unwrap<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending
  if (result.ok) return result.value
  throw PlatformError.from(result.error)
}

/** The Electron shell: each call goes through the preload to main and comes back as an envelope. */
export function createElectronBridge(api: PreloadBridge): PlatformBridge {
  return {
    saveFile: (req) => unwrap(api.saveFile(req)),
    openFile: (req) => unwrap(api.openFile(req)),
    printToPdf: (req) => unwrap(api.printToPdf(req)),
    appInfo: () => unwrap(api.appInfo()),
    notify: (req) => unwrap(api.notify(req)),
    openProjector: (req) => unwrap(api.openProjector(req)),
    writeAutoBackup: (req) => unwrap(api.writeAutoBackup(req)),
    listAutoBackups: () => unwrap(api.listAutoBackups()),
    readAutoBackup: (req) => unwrap(api.readAutoBackup(req)),
    openBackupFolder: () => unwrap(api.openBackupFolder()),
    setLanguage: (req) => unwrap(api.setLanguage(req)),
    print: () => unwrap(api.print()),
    takeOpenedFile: () => unwrap(api.takeOpenedFile()),
    projectorDisplays: () => unwrap(api.projectorDisplays()),
    chooseProjectorDisplay: (req) => unwrap(api.chooseProjectorDisplay(req)),
    backupStreamOpen: (req) => unwrap(api.backupStreamOpen(req)),
    backupStreamAppend: (req) => unwrap(api.backupStreamAppend(req)),
    backupStreamFinish: (req) => unwrap(api.backupStreamFinish(req)),
    backupStreamAbort: (req) => unwrap(api.backupStreamAbort(req)),
    backupReadOpen: (req) => unwrap(api.backupReadOpen(req)),
    backupReadChunk: (req) => unwrap(api.backupReadChunk(req)),
    backupReadClose: (req) => unwrap(api.backupReadClose(req)),
    // Main is trusted, yet what reaches the UI is still judged by the contract.
    onShellEvent: (listener) =>
      api.onShellEvent((raw) => {
        const event = shellEventSchema.safeParse(raw)
        if (event.success) listener(event.data)
        else console.warn('[platform] ignored an off-contract shell event', raw)
      }),
  }
}

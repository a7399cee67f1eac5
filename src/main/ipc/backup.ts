import path from 'node:path'
import { app, shell, type IpcMainInvokeEvent } from 'electron'
import { CHANNELS } from '@shared/ipc/contract'
import { backupHandlers } from './backup-handlers'
import { backupStreamHandlers } from './backup-stream-handlers'
import { senderWindow } from './dialog-parent'
import { askOpenPath } from './files'
import { handle } from './handle'
import { askSavePath } from './save-dialog'

/** `<userData>/backups/`: the app's own folder, the only place written without a dialog. */
export function backupsFolder(): string {
  return path.join(app.getPath('userData'), 'backups')
}

export function registerBackupHandlers(): void {
  const handlers = backupHandlers({
    folder: backupsFolder,
    openPath: (folder) => shell.openPath(folder),
  })
  handle(CHANNELS.writeAutoBackup, handlers.write)
  handle(CHANNELS.listAutoBackups, handlers.list)
  handle(CHANNELS.readAutoBackup, handlers.read)
  handle(CHANNELS.openBackupFolder, handlers.openFolder)

  const streams = backupStreamHandlers<IpcMainInvokeEvent>({
    folder: backupsFolder,
    chooseSavePath: (event, name, filters) => askSavePath(senderWindow(event), name, filters),
    chooseOpenPath: (event, filters) => askOpenPath(senderWindow(event), filters),
  })
  handle(CHANNELS.backupStreamOpen, streams.open)
  handle(CHANNELS.backupStreamAppend, streams.append)
  handle(CHANNELS.backupStreamFinish, streams.finish)
  handle(CHANNELS.backupStreamAbort, streams.abort)
  handle(CHANNELS.backupReadOpen, streams.readOpen)
  handle(CHANNELS.backupReadChunk, streams.readChunk)
  handle(CHANNELS.backupReadClose, streams.readClose)
  app.on('will-quit', () => void streams.abortAll())
}

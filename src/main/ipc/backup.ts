import path from 'node:path'
import { app, shell } from 'electron'
import { CHANNELS } from '@shared/ipc/contract'
import { backupHandlers } from './backup-handlers'
import { handle } from './handle'

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
}

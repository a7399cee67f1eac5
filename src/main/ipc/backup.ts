import path from 'node:path'
import { app } from 'electron'
import { CHANNELS } from '@shared/ipc/contract'
import { writeBackup } from '../files/backups'
import { handle } from './handle'

/** `<userData>/backups/`: the app's own folder, the only place written without a dialog. */
export function backupsFolder(): string {
  return path.join(app.getPath('userData'), 'backups')
}

export function registerBackupHandlers(): void {
  handle(CHANNELS.writeAutoBackup, async (req) => ({
    path: await writeBackup(backupsFolder(), req.bytes, req.reason, req.timeZone),
  }))
}

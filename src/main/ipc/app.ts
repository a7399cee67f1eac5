import { app } from 'electron'
import { PRODUCT_NAME } from '@shared/identity'
import { CHANNELS } from '@shared/ipc/contract'
import { handle } from './handle'

export function registerAppHandlers(): void {
  handle(CHANNELS.appInfo, () => ({
    name: PRODUCT_NAME,
    version: app.getVersion(),
    electron: process.versions.electron ?? null,
    platform: process.platform,
    userDataPath: app.getPath('userData'),
  }))
}

import { app } from 'electron'
import { PRODUCT_NAME } from '@shared/identity'
import { CHANNELS } from '@shared/ipc/contract'
import { shell } from '../shell'
import { handle } from './handle'

export function registerAppHandlers(): void {
  handle(CHANNELS.appInfo, () => ({
    name: PRODUCT_NAME,
    version: app.getVersion(),
    electron: process.versions.electron ?? null,
    platform: process.platform,
    userDataPath: app.getPath('userData'),
  }))

  // Menus, the right-click menu and main's dialogs speak the UI's language.
  handle(CHANNELS.setLanguage, ({ language }) => {
    shell().menus.setLanguage(language)
    return { language }
  })

  handle(CHANNELS.takeOpenedFile, () => shell().inbox.take())
}

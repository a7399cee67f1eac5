import { BrowserWindow, Notification } from 'electron'
import { CHANNELS } from '@shared/ipc/contract'
import { getMainWindow, isProjectorWindow } from '../windows'
import { handle } from './handle'
import { notifyHandler } from './notify-handler'

export function registerNotifyHandlers(): void {
  handle(
    CHANNELS.notify,
    notifyHandler({
      notifications: {
        isSupported: () => Notification.isSupported(),
        create: (options) => new Notification(options),
      },
      fromProjector: (event) => isProjectorWindow(BrowserWindow.fromWebContents(event.sender)),
      mainWindow: getMainWindow,
    }),
  )
}

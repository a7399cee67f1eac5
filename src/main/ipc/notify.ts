import { BrowserWindow, Notification } from 'electron'
import { CHANNELS } from '@shared/ipc/contract'
import { shell } from '../shell'
import { focusMainWindow, isProjectorWindow } from '../windows'
import { handle } from './handle'

export function registerNotifyHandlers(): void {
  handle(CHANNELS.notify, (req, event) => {
    // The projector shows the forum and nothing else: no reminder from it, ever.
    if (isProjectorWindow(BrowserWindow.fromWebContents(event.sender))) return { shown: false }
    if (!Notification.isSupported()) return { shown: false }
    const notification = new Notification({ title: req.title, body: req.body, silent: false })
    // Reminders are about overdue follow-up: a click opens that list in the main window.
    notification.on('click', () => {
      focusMainWindow()
      shell().menus.command('go-overdue')
    })
    notification.show()
    return { shown: true }
  })
}

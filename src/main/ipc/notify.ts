import { Notification } from 'electron'
import { CHANNELS } from '@shared/ipc/contract'
import { handle } from './handle'

export function registerNotifyHandlers(): void {
  handle(CHANNELS.notify, (req) => {
    if (!Notification.isSupported()) return { shown: false }
    new Notification({ title: req.title, body: req.body, silent: false }).show()
    return { shown: true }
  })
}

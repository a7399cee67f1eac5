import type { NotificationConstructorOptions } from 'electron'
import type { ParsedRequestOf, ResponseOf } from '@shared/ipc/contract'
import { sendShellEvent, type ShellEventTarget } from '../shell-menus'
import { bringToFront, type FrontableWindow } from '../window-focus'

/** A desktop notification as the handler uses it. */
export interface ShownNotification {
  on(event: 'click', listener: () => void): unknown
  show(): void
}

/** Electron's Notification class, behind a factory so tests record what would be shown. */
export interface NotificationSurface {
  isSupported(): boolean
  create(options: NotificationConstructorOptions): ShownNotification
}

export interface NotifyDeps<E> {
  notifications: NotificationSurface
  /** Did the request come from the projector window? */
  fromProjector(event: E): boolean
  mainWindow(): (FrontableWindow & { webContents: ShellEventTarget }) | null
}

/**
 * `notify:show`. The projector shows the forum and nothing else: a reminder asked from it is
 * refused, so nothing pops up in front of the public. Reminders are about overdue follow-up: a
 * click brings the main window forward on that list.
 */
export function notifyHandler<E>(deps: NotifyDeps<E>) {
  return (req: ParsedRequestOf<'notify:show'>, event: E): ResponseOf<'notify:show'> => {
    if (deps.fromProjector(event)) return { shown: false }
    if (!deps.notifications.isSupported()) return { shown: false }
    const notification = deps.notifications.create({
      title: req.title,
      body: req.body,
      silent: false,
    })
    notification.on('click', () => {
      const window = deps.mainWindow()
      if (!window) return
      bringToFront(window)
      sendShellEvent(window.webContents, { type: 'menu', command: 'go-overdue' })
    })
    notification.show()
    return { shown: true }
  }
}

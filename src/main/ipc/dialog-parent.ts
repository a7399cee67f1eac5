import { BrowserWindow, type IpcMainInvokeEvent } from 'electron'

/** The window a dialog belongs to: the one whose page asked. */
export function senderWindow(event: IpcMainInvokeEvent): BrowserWindow | null {
  return BrowserWindow.fromWebContents(event.sender)
}

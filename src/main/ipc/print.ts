import { CHANNELS } from '@shared/ipc/contract'
import { handle } from './handle'
import { senderWindow } from './dialog-parent'
import { printHandler, printToPdfHandler } from './print-handlers'
import { saveWithDialog } from './save-dialog'

export function registerPrintHandlers(): void {
  handle(
    CHANNELS.printToPdf,
    printToPdfHandler((event, suggestedName, bytes, filters) =>
      saveWithDialog(senderWindow(event), suggestedName, bytes, filters),
    ),
  )
  handle(CHANNELS.print, printHandler())
}

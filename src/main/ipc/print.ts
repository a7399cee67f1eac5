import { CHANNELS } from '@shared/ipc/contract'
import { handle } from './handle'
import { senderWindow } from './dialog-parent'
import { saveWithDialog } from './save-dialog'

export function registerPrintHandlers(): void {
  // The page is printed first, as it is now, then the user picks where the PDF goes.
  handle(CHANNELS.printToPdf, async (req, event) => {
    const pdf = await event.sender.printToPDF({ pageSize: 'A4', printBackground: true })
    const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength)
    return saveWithDialog(senderWindow(event), req.suggestedName, bytes, [
      { name: 'PDF', extensions: ['pdf'] },
    ])
  })
}

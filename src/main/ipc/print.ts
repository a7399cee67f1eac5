import { CHANNELS } from '@shared/ipc/contract'
import { pdfOptions, printOptions } from '../print-options'
import { handle } from './handle'
import { senderWindow } from './dialog-parent'
import { saveWithDialog } from './save-dialog'

export function registerPrintHandlers(): void {
  // The page is printed first, on the profile's paper, then the user picks where the PDF goes.
  handle(CHANNELS.printToPdf, async (req, event) => {
    const pdf = await event.sender.printToPDF(pdfOptions(req.paper))
    const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength)
    return saveWithDialog(senderWindow(event), req.suggestedName, bytes, [
      { name: 'PDF', extensions: ['pdf'] },
    ])
  })

  // "Cetak": the system print dialog for the page that asked.
  handle(
    CHANNELS.print,
    (_req, event) =>
      new Promise((resolve) => {
        event.sender.print(printOptions(), (printed, reason) => {
          resolve(printed ? { printed } : { printed, reason })
        })
      }),
  )
}

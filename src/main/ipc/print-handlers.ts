import type { FileFilter, WebContentsPrintOptions } from 'electron'
import type { ParsedRequestOf, ResponseOf } from '@shared/ipc/contract'
import { pdfOptions, printOptions, type PdfPageSize } from '../print-options'

/** What printing needs of the web contents that asked; tests pass a recorder. */
export interface PrintingPage {
  printToPDF(options: { pageSize: PdfPageSize; printBackground: boolean }): Promise<Uint8Array>
  print(
    options: WebContentsPrintOptions,
    callback: (success: boolean, failureReason: string) => void,
  ): void
}

export interface PrintEvent {
  sender: PrintingPage
}

/** Asks where to put the bytes and writes them (./save-dialog.ts in the app). */
export type SaveBytes<E> = (
  event: E,
  suggestedName: string,
  bytes: Uint8Array,
  filters: FileFilter[],
) => Promise<ResponseOf<'print:pdf'>>

const PDF_FILTERS: FileFilter[] = [{ name: 'PDF', extensions: ['pdf'] }]

/** `print:pdf`: the page is printed on the profile's paper, then the user picks where it goes. */
export function printToPdfHandler<E extends PrintEvent>(save: SaveBytes<E>) {
  return async (req: ParsedRequestOf<'print:pdf'>, event: E): Promise<ResponseOf<'print:pdf'>> => {
    const pdf = await event.sender.printToPDF(pdfOptions(req.paper))
    // A Buffer may be a view into a larger pool: only its own bytes are the PDF.
    const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength)
    return save(event, req.suggestedName, bytes, PDF_FILTERS)
  }
}

/** `print:page` ("Cetak"): the system print dialog for the page that asked. */
export function printHandler<E extends PrintEvent>() {
  return (_req: ParsedRequestOf<'print:page'>, event: E) =>
    new Promise<ResponseOf<'print:page'>>((resolve) => {
      event.sender.print(printOptions(), (printed, reason) => {
        resolve(printed ? { printed } : { printed, reason })
      })
    })
}

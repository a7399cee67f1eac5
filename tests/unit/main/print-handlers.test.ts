import type { FileFilter, WebContentsPrintOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { guardedHandler, type GuardedEvent } from '../../../src/main/ipc/guard'
import {
  printHandler,
  printToPdfHandler,
  type PrintEvent,
  type PrintingPage,
} from '../../../src/main/ipc/print-handlers'
import type { PdfPageSize } from '../../../src/main/print-options'
import { appOrigins } from '../../../src/main/security-policy'

type Event = GuardedEvent & PrintEvent

/** A page that prints `pdf` and answers the print dialog with `printed`. */
function fakePage(pdf: Uint8Array, printed: { ok: boolean; reason: string }) {
  const pdfRequests: { pageSize: PdfPageSize; printBackground: boolean }[] = []
  const printRequests: WebContentsPrintOptions[] = []
  const page: PrintingPage = {
    printToPDF: async (options) => {
      pdfRequests.push(options)
      return pdf
    },
    print: (options, callback) => {
      printRequests.push(options)
      callback(printed.ok, printed.reason)
    },
  }
  const event: Event = {
    sender: page,
    senderFrame: { url: 'mufakat://app/#/forums/f1/documents' } as GuardedEvent['senderFrame'],
  }
  return { event, pdfRequests, printRequests }
}

function savedRecorder() {
  const saved: { name: string; bytes: number[]; filters: FileFilter[] }[] = []
  const save = async (_event: Event, name: string, bytes: Uint8Array, filters: FileFilter[]) => {
    saved.push({ name, bytes: [...bytes], filters })
    return { saved: true, path: `/home/ani/Dokumen/${name}` }
  }
  return { saved, save }
}

// The PDF's bytes in the middle of a larger buffer, as a pooled Node Buffer is.
const pooled = new Uint8Array(new Uint8Array([9, 9, 0x25, 0x50, 0x44, 0x46, 9]).buffer, 2, 4)

describe('print:pdf', () => {
  it('prints on F4 (215 × 330 mm) when the profile says F4, and saves only the PDF bytes', async () => {
    const { event, pdfRequests } = fakePage(pooled, { ok: true, reason: '' })
    const { saved, save } = savedRecorder()
    const listener = guardedHandler('print:pdf', printToPdfHandler(save), appOrigins())

    const result = await listener(event, { suggestedName: 'Berita Acara.pdf', paper: 'F4' })

    expect(result).toEqual({
      ok: true,
      value: { saved: true, path: '/home/ani/Dokumen/Berita Acara.pdf' },
    })
    const size = pdfRequests[0]?.pageSize
    if (!size || typeof size === 'string') throw new Error('F4 must be a custom page size')
    expect([size.width * 25.4, size.height * 25.4].map((mm) => mm.toFixed(3))).toEqual([
      '215.000',
      '330.000',
    ])
    expect(pdfRequests[0]?.printBackground).toBe(true)
    expect(saved).toEqual([
      {
        name: 'Berita Acara.pdf',
        bytes: [0x25, 0x50, 0x44, 0x46],
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      },
    ])
  })

  it('prints on A4 when the request names no paper', async () => {
    const { event, pdfRequests } = fakePage(pooled, { ok: true, reason: '' })
    const listener = guardedHandler(
      'print:pdf',
      printToPdfHandler(savedRecorder().save),
      appOrigins(),
    )

    await listener(event, { suggestedName: 'Notulen.pdf' })

    expect(pdfRequests.map((request) => request.pageSize)).toEqual(['A4'])
  })

  it('prints nothing for a paper the contract does not know', async () => {
    const { event, pdfRequests } = fakePage(pooled, { ok: true, reason: '' })
    const { saved, save } = savedRecorder()
    const listener = guardedHandler('print:pdf', printToPdfHandler(save), appOrigins())

    const result = await listener(event, { suggestedName: 'BA.pdf', paper: 'Letter' })

    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request' } })
    expect(pdfRequests).toEqual([])
    expect(saved).toEqual([])
  })
})

describe('print:page', () => {
  it('opens the system print dialog and reports a print', async () => {
    const { event, printRequests } = fakePage(pooled, { ok: true, reason: '' })
    const listener = guardedHandler('print:page', printHandler<Event>(), appOrigins())

    expect(await listener(event, {})).toEqual({ ok: true, value: { printed: true } })
    expect(printRequests).toEqual([{ silent: false, printBackground: true }])
  })

  it("passes on the dialog's reason when nothing was printed", async () => {
    const { event } = fakePage(pooled, { ok: false, reason: 'Print job canceled' })
    const listener = guardedHandler('print:page', printHandler<Event>(), appOrigins())

    expect(await listener(event, {})).toEqual({
      ok: true,
      value: { printed: false, reason: 'Print job canceled' },
    })
  })
})

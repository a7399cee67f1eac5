import type { WebContentsPrintOptions } from 'electron'
import type { Paper } from '@shared/domain/enums'

/** printToPDF's page size: Electron's named A4, or F4 (215 × 330 mm) given in inches. */
export type PdfPageSize = 'A4' | { width: number; height: number }

const MM_PER_INCH = 25.4

export const F4_MM = { width: 215, height: 330 } as const

export function pdfPageSize(paper: Paper): PdfPageSize {
  if (paper === 'A4') return 'A4'
  return { width: F4_MM.width / MM_PER_INCH, height: F4_MM.height / MM_PER_INCH }
}

export function pdfOptions(paper: Paper): { pageSize: PdfPageSize; printBackground: boolean } {
  return { pageSize: pdfPageSize(paper), printBackground: true }
}

/** "Cetak": always through the system dialog, so the user picks the printer and copies. */
export function printOptions(): WebContentsPrintOptions {
  return { silent: false, printBackground: true }
}

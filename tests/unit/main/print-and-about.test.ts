import { describe, expect, it } from 'vitest'
import { printToPdfRequestSchema } from '../../../src/shared/ipc/contract'
import { aboutDialogOptions, OPEN_DATA_FOLDER_BUTTON } from '../../../src/main/about'
import { F4_MM, pdfOptions, printOptions } from '../../../src/main/print-options'

describe('pdfOptions', () => {
  it('uses A4 by name', () => {
    expect(pdfOptions('A4')).toEqual({ pageSize: 'A4', printBackground: true })
  })

  it('gives F4 as a custom size of 215 × 330 mm, in the inches printToPDF expects', () => {
    const { pageSize } = pdfOptions('F4')
    if (typeof pageSize === 'string') throw new Error('F4 must be a custom size')
    expect(pageSize.width * 25.4).toBeCloseTo(F4_MM.width, 6)
    expect(pageSize.height * 25.4).toBeCloseTo(F4_MM.height, 6)
  })

  it('takes the paper from the request, A4 when the page does not say', () => {
    expect(printToPdfRequestSchema.parse({ suggestedName: 'BA.pdf' }).paper).toBe('A4')
    expect(printToPdfRequestSchema.parse({ suggestedName: 'BA.pdf', paper: 'F4' }).paper).toBe('F4')
    expect(
      printToPdfRequestSchema.safeParse({ suggestedName: 'BA.pdf', paper: 'A3' }).success,
    ).toBe(false)
  })
})

describe('printOptions', () => {
  it('always shows the system print dialog (the user picks the printer)', () => {
    expect(printOptions()).toMatchObject({ silent: false, printBackground: true })
  })
})

describe('aboutDialogOptions', () => {
  const facts = {
    version: '0.1.0',
    electron: '45.4.1',
    dataFolder: 'C:\\Users\\ani\\AppData\\Roaming\\Mufakat',
  }

  it('shows the version and the data folder, in Indonesian', () => {
    const options = aboutDialogOptions(facts, 'id')
    expect(options.title).toBe('Tentang Mufakat')
    expect(options.detail).toContain('Versi 0.1.0')
    expect(options.detail).toContain(`Folder data: ${facts.dataFolder}`)
    expect(options.buttons?.[OPEN_DATA_FOLDER_BUTTON]).toBe('Buka Folder Data')
  })

  it('in English when the UI is English', () => {
    expect(aboutDialogOptions(facts, 'en').detail).toContain('Data folder:')
  })
})

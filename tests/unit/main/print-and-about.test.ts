import { describe, expect, it } from 'vitest'
import { printToPdfRequestSchema } from '../../../src/shared/ipc/contract'
import {
  aboutDialogOptions,
  LICENCES_BUTTON,
  licencesDialogOptions,
  licencesText,
  OPEN_DATA_FOLDER_BUTTON,
  SAVE_LICENCES_BUTTON,
} from '../../../src/main/about'
import type { BundledLicence } from '../../../src/main/licences'
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
    expect(options.buttons?.[LICENCES_BUTTON]).toBe('Lisensi Pustaka')
  })

  it('in English when the UI is English', () => {
    expect(aboutDialogOptions(facts, 'en').detail).toContain('Data folder:')
  })
})

const libraries: BundledLicence[] = [
  { name: 'dexie', version: '4.4.7', license: 'Apache-2.0', text: 'Apache License 2.0' },
  { name: 'react', version: '19.3.1', license: 'MIT', text: 'MIT License (react)' },
  { name: 'worker-f', version: '0.1.20', license: 'MIT', text: null },
  { name: 'zod', version: '4.6.7', license: 'MIT', text: 'MIT License (zod)' },
  { name: 'd3-array', version: '3.2.5', license: 'ISC', text: 'ISC License' },
]

describe('licencesDialogOptions ("Lisensi pustaka")', () => {
  it('lists every library, grouped by licence, the most used licence first', () => {
    const options = licencesDialogOptions(libraries, '0.1.0', 'id')

    expect(options.title).toBe('Lisensi pustaka')
    expect(options.message).toBe(
      'Mufakat 0.1.0 membawa 5 pustaka sumber terbuka, dengan lisensi berikut.',
    )
    expect(options.detail).toBe(
      'MIT (3): react, worker-f, zod\n\nApache-2.0 (1): dexie\n\nISC (1): d3-array',
    )
    expect(options.buttons?.[SAVE_LICENCES_BUTTON]).toBe('Simpan Teks Lisensi…')
  })

  it('says so when the build carries no list, and offers nothing to save', () => {
    const options = licencesDialogOptions([], '0.1.0', 'id')

    expect(options.message).toBe('Daftar lisensi tidak ada pada versi ini.')
    expect(options.buttons).toEqual(['Tutup'])
  })

  it('in English when the UI is English', () => {
    expect(licencesDialogOptions(libraries, '0.1.0', 'en').title).toBe('Library licences')
  })
})

describe('licencesText (the saved file)', () => {
  it('gives each library its version, licence and full text', () => {
    const text = licencesText(libraries, '0.1.0', 'id')

    expect(text.startsWith('Lisensi pustaka Mufakat 0.1.0')).toBe(true)
    expect(text).toContain('react 19.3.1 — MIT\n\nMIT License (react)')
    expect(text).toContain('dexie 4.4.7 — Apache-2.0\n\nApache License 2.0')
    expect(text).toContain('worker-f 0.1.20 — MIT\n\n(paket ini tidak menyertakan berkas lisensi)')
  })
})

import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  dialogDefaultPath,
  extensionOf,
  folderKindOf,
  rememberFolder,
} from '../../../src/main/dialog-folders'
import { parseShellSettings } from '../../../src/main/shell-settings'

const documents = path.resolve('/home/ani/Dokumen')

describe('last folder per kind', () => {
  it('sorts files into kinds by extension', () => {
    expect(folderKindOf(['xlsx', 'csv'])).toBe('spreadsheets')
    expect(folderKindOf(extensionOf('Berita Acara.DOCX'))).toBe('documents')
    expect(folderKindOf(['mufakat'])).toBe('backups')
    expect(folderKindOf(['*', 'jpg'])).toBe('photos')
    expect(folderKindOf([])).toBe('other')
  })

  it('opens Documents first, then the folder last used for the same kind', () => {
    const first = parseShellSettings(null)
    expect(dialogDefaultPath(first, 'spreadsheets', documents)).toBe(documents)

    const chosen = path.resolve('/media/usb/undangan/daftar.xlsx')
    const settings = { ...first, folders: rememberFolder(first, 'spreadsheets', chosen) }

    expect(dialogDefaultPath(settings, 'spreadsheets', documents)).toBe(
      path.resolve('/media/usb/undangan'),
    )
    expect(dialogDefaultPath(settings, 'documents', documents, 'BA.docx')).toBe(
      path.join(documents, 'BA.docx'),
    )
  })
})

describe('parseShellSettings', () => {
  it('treats a missing or damaged file as a first run', () => {
    expect(parseShellSettings(null)).toEqual({})
    expect(parseShellSettings('{not json')).toEqual({})
    expect(parseShellSettings('{"window":{"bounds":{"x":"a"}}}')).toEqual({})
  })

  it('reads what was saved', () => {
    const saved = {
      window: { bounds: { x: 10, y: 20, width: 1200, height: 800 }, maximized: true },
      folders: { backups: '/home/ani/Cadangan' },
      projectorDisplayId: 2,
    }
    expect(parseShellSettings(JSON.stringify(saved))).toEqual(saved)
  })
})

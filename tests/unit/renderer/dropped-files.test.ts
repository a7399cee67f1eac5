import { describe, expect, it } from 'vitest'
import { extensionOf, judgeDrop } from '../../../src/renderer/src/ui/dropped-files'

const sheet = { accept: ['xlsx', 'csv'] }
const photos = { accept: ['jpg', 'jpeg', 'png'], maxBytes: 1000, multiple: true }

describe('what a drop zone takes', () => {
  it('takes a file of the expected kind, whatever the case of its extension', () => {
    expect(extensionOf('Daftar Undangan.XLSX')).toBe('xlsx')
    expect(judgeDrop([{ name: 'Daftar Undangan.XLSX', size: 10 }], sheet)).toEqual({ ok: true })
  })

  it('refuses a file of another kind by name, and one without an extension', () => {
    expect(judgeDrop([{ name: 'undangan.pdf', size: 10 }], sheet)).toEqual({
      ok: false,
      reason: 'wrong_kind',
      name: 'undangan.pdf',
    })
    expect(judgeDrop([{ name: 'xlsx', size: 10 }], sheet)).toMatchObject({ reason: 'wrong_kind' })
  })

  it('refuses the whole drop when one of several files does not fit', () => {
    const files = [
      { name: 'pembukaan.png', size: 10 },
      { name: 'video.mp4', size: 10 },
    ]
    expect(judgeDrop(files, photos)).toMatchObject({ reason: 'wrong_kind', name: 'video.mp4' })
    expect(judgeDrop([{ name: 'besar.jpg', size: 1001 }, files[0]!], photos)).toMatchObject({
      reason: 'too_large',
      name: 'besar.jpg',
    })
  })

  it('takes one file where one is expected, and refuses a drag without files', () => {
    const two = [
      { name: 'a.csv', size: 1 },
      { name: 'b.csv', size: 1 },
    ]
    expect(judgeDrop(two, sheet)).toEqual({ ok: false, reason: 'too_many' })
    expect(judgeDrop(two, { ...sheet, multiple: true })).toEqual({ ok: true })
    expect(judgeDrop([], sheet)).toEqual({ ok: false, reason: 'empty' })
  })
})

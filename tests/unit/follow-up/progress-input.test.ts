import { describe, expect, it } from 'vitest'
import { zipSync, strToU8 } from 'fflate'
import { ATTACHMENT_MAX_BYTES } from '@shared/domain'
import { createRaster, encodePng, readImageInfo } from '@shared/documents/png'
import { checkEvidence, sniffEvidence } from '@shared/follow-up/evidence'
import { checkProgressInput, type ProgressInput } from '@shared/follow-up/progress-input'

const TODAY = '2026-11-23'
const PNG = encodePng(createRaster(512, 384))
const JPEG = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 11, 8, 0, 120, 0, 160, 3, 0, 0, 0,
])

function office(folder: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    [`${folder}/document.xml`]: strToU8('<x/>'),
  })
}

function input(fields: Partial<ProgressInput> = {}): ProgressInput {
  return {
    date: TODAY,
    progress: 50,
    status: 'dalam_proses',
    realisasi: '',
    reason: '',
    evidence: [],
    ...fields,
  }
}

describe('evidence files', () => {
  it('are recognised by their first bytes, not their names', () => {
    expect(sniffEvidence(PNG)).toBe('png')
    expect(sniffEvidence(JPEG)).toBe('jpeg')
    expect(sniffEvidence(strToU8('%PDF-1.7\n…'))).toBe('pdf')
    expect(sniffEvidence(office('word'))).toBe('docx')
    expect(sniffEvidence(office('xl'))).toBe('xlsx')
    expect(sniffEvidence(zipSync({ 'a.txt': strToU8('x') }))).toBeNull()
    expect(sniffEvidence(strToU8('MZ\x90\x00 an executable'))).toBeNull()
    expect(sniffEvidence(new Uint8Array())).toBeNull()
  })

  it('refuse files over the limit or of another type', () => {
    expect(checkEvidence(PNG)).toEqual({ ok: true, kind: 'png', mime: 'image/png' })
    expect(checkEvidence(strToU8('hello'))).toEqual({ ok: false, code: 'evidence_type' })
    const big = new Uint8Array(ATTACHMENT_MAX_BYTES + 1)
    big.set(PNG)
    expect(checkEvidence(big)).toEqual({ ok: false, code: 'evidence_too_large' })
  })

  it('read the pixel size of photos', () => {
    expect(readImageInfo(PNG)).toEqual({ type: 'png', width: 512, height: 384 })
    expect(readImageInfo(JPEG)).toEqual({ type: 'jpg', width: 160, height: 120 })
  })
})

describe('progress input', () => {
  it('accepts a sound update, and "Selesai" means 100%', () => {
    expect(checkProgressInput(input(), TODAY)).toMatchObject({ ok: true, progress: 50 })
    const done = checkProgressInput(
      input({
        status: 'selesai',
        progress: 80,
        realisasi: 'Sudah',
        evidence: [{ name: 'a.png', bytes: PNG }],
      }),
      TODAY,
    )
    expect(done).toMatchObject({
      ok: true,
      progress: 100,
      evidence: [{ kind: 'png', mime: 'image/png' }],
    })
  })

  it('names every broken field', () => {
    const result = checkProgressInput(
      input({
        date: '2026-11-24',
        progress: 101,
        status: 'selesai',
        evidence: [
          { name: 'ok.png', bytes: PNG },
          { name: 'x.exe', bytes: strToU8('MZ') },
        ],
      }),
      TODAY,
    )
    expect(result).toEqual({
      ok: false,
      problems: [
        { path: 'date', code: 'date_in_future' },
        { path: 'progress', code: 'percent_range' },
        { path: 'realisasi', code: 'realisasi_required' },
        { path: 'evidence.1', code: 'evidence_type' },
      ],
    })
    expect(checkProgressInput(input({ progress: -1 }), TODAY)).toMatchObject({ ok: false })
    expect(checkProgressInput(input({ progress: 33.5 }), TODAY)).toMatchObject({ ok: false })
    expect(checkProgressInput(input({ progress: Number.NaN }), TODAY)).toEqual({
      ok: false,
      problems: [{ path: 'progress', code: 'number' }],
    })
    expect(checkProgressInput(input({ date: '2026-02-30' }), TODAY)).toMatchObject({
      problems: [{ path: 'date', code: 'invalid_date' }],
    })
    expect(checkProgressInput(input({ status: 'tidak_dapat_dilaksanakan' }), TODAY)).toMatchObject({
      problems: [{ path: 'reason', code: 'reason_required' }],
    })
  })
})

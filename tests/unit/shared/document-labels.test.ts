import { describe, expect, it } from 'vitest'
import { issueTypeSchema, unsurSchema } from '@shared/domain'
import { ISSUE_TYPE_LABEL, romanLampiran, UNSUR_LABEL, UNSUR_ORDER } from '@shared/documents/labels'
import common from '@shared/i18n/locales/id/common.json'

describe('document labels', () => {
  it('print every unsur and issue type as the Indonesian screens name it', () => {
    for (const unsur of unsurSchema.options) {
      expect(UNSUR_LABEL[unsur]).toBe(common.enums.unsur[unsur])
      expect(UNSUR_LABEL[unsur]).not.toBe('')
    }
    for (const type of issueTypeSchema.options) {
      expect(ISSUE_TYPE_LABEL[type]).toBe(common.enums.issueType[type])
      expect(ISSUE_TYPE_LABEL[type]).not.toBe('')
    }
  })

  it('keep the spelling already printed in finalised documents', () => {
    expect(ISSUE_TYPE_LABEL.masukan).toBe('Masukan/Aspirasi')
    expect(ISSUE_TYPE_LABEL.permintaan_informasi).toBe('Permintaan Informasi')
    expect(UNSUR_LABEL.ahli_praktisi_akademisi).toBe('Ahli/Praktisi/Akademisi')
  })

  it('list the unsur in the order of the domain, penyelenggara last', () => {
    expect(UNSUR_ORDER[0]).toBe('pengguna_layanan')
    expect(UNSUR_ORDER.at(-1)).toBe('penyelenggara')
    expect(new Set(UNSUR_ORDER).size).toBe(unsurSchema.options.length)
  })

  it('number lampiran in Roman numerals past ten', () => {
    expect([0, 1, 3, 8, 9, 10].map(romanLampiran)).toEqual(['I', 'II', 'IV', 'IX', 'X', 'XI'])
  })
})

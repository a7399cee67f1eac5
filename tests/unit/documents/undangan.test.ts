import { describe, expect, it } from 'vitest'
import { demoContext, styleOf } from '@shared/documents/demo'
import { undangan, undanganDefaults } from '@shared/documents/documents'
import { draftDocx } from '@shared/documents/generate'
import { canonicalText, readDocx } from '@shared/documents/text'
import type { DocumentModel } from '@shared/documents/model'

async function lines(model: DocumentModel) {
  const ctx = demoContext()
  const { bytes } = await draftDocx(model, styleOf(ctx))
  return canonicalText(readDocx(bytes).documentXml).split('\n')
}

/** The value printed after "label" and ":" in the letter's facts table. */
function fact(text: string[], label: string): string | undefined {
  const index = text.indexOf(label)
  return index >= 0 && text[index + 1] === ':' ? text[index + 2] : undefined
}

describe('Surat Undangan as the secretariat edits it', () => {
  const ctx = demoContext()

  it('prints the edited date, sifat, lampiran and hal, and keeps the list of invitees', async () => {
    const edited = {
      ...ctx,
      forum: {
        ...ctx.forum,
        invitation: {
          issuedOn: '2026-02-27',
          sifat: 'Segera',
          lampiran: '2 (dua) lembar',
          hal: 'Permohonan Kehadiran pada Forum Konsultasi Publik',
        },
      },
    }
    const text = await lines(undangan(edited))
    expect(text[0]).toBe('Kupang, 27 Februari 2026')
    expect(fact(text, 'Sifat')).toBe('Segera')
    expect(fact(text, 'Lampiran')).toBe('2 (dua) lembar')
    expect(fact(text, 'Hal')).toBe('Permohonan Kehadiran pada Forum Konsultasi Publik')
    expect(text).toContain('TANGGAL : 27 FEBRUARI 2026')
    const invited = ctx.participants.filter((p) => p.invited)
    const names = new Map(ctx.people.map((p) => [p.id, p.name]))
    for (const p of invited) expect(text).toContain(names.get(p.personId))
  })

  it('an empty field takes the default; a forum stored before keeps the letter as it was', async () => {
    const defaults = undanganDefaults(ctx.forum)
    expect(defaults.issuedOn).toBe('2026-03-02')
    const partial = {
      ...ctx,
      forum: {
        ...ctx.forum,
        invitation: { issuedOn: null, sifat: 'Biasa', lampiran: '', hal: '' },
      },
    }
    const text = await lines(undangan(partial))
    expect(text[0]).toBe('Kupang, 2 Maret 2026')
    expect(fact(text, 'Sifat')).toBe('Biasa')
    expect(fact(text, 'Lampiran')).toBe(defaults.lampiran)
    expect(fact(text, 'Hal')).toBe(defaults.hal)
    expect(ctx.forum.invitation).toBeUndefined()
    expect(fact(await lines(undangan(ctx)), 'Sifat')).toBe('Penting')
  })
})

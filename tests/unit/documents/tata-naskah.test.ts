import { describe, expect, it } from 'vitest'
import { modelCanonical } from '@shared/documents/canonical'
import type { DocumentContext } from '@shared/documents/context'
import { demoContext } from '@shared/documents/demo'
import { beritaAcara, notulen } from '@shared/documents/documents'
import type { DocumentModel } from '@shared/documents/model'
import { preflight } from '@shared/documents/preflight'
import id from '@shared/i18n/locales/id/documents.json'

function lines(model: DocumentModel): string[] {
  return modelCanonical(model).split('\n')
}

/** The last agenda item of the sample forum's only day. */
function lastAgendaItem(ctx: DocumentContext) {
  return [...ctx.agendaItems].sort((a, b) => a.order - b.order).at(-1)!
}

// Details a strict secretariat would otherwise correct by hand (issue 10, §2 and §3).

describe('pre-flight names the missing field of an action item', () => {
  it('reports the responsible party and the deadline as separate problems', () => {
    const ctx = demoContext()
    ctx.actionItems = ctx.actionItems.map((a, i) =>
      i === 0
        ? { ...a, responsibleUnit: '' }
        : i === 1
          ? { ...a, deadline: null, deadlineLabel: '' }
          : i === 2
            ? { ...a, responsibleUnit: ' ', deadline: null, deadlineLabel: '' }
            : a,
    )
    const found = preflight(ctx, 'rtl')
      .filter((p) => p.fix === 'actions')
      .map((p) => [p.code, p.targetId])
    expect(found).toEqual([
      ['action_no_responsible', ctx.actionItems[0]!.id],
      ['action_no_deadline', ctx.actionItems[1]!.id],
      ['action_no_responsible', ctx.actionItems[2]!.id],
      ['action_no_deadline', ctx.actionItems[2]!.id],
    ])
    expect(id.preflight.action_no_responsible).toBe(
      'Rencana tindak lanjut {{number}} belum memiliki penanggung jawab (unit pelaksana).',
    )
    expect(id.preflight.action_no_deadline).toBe(
      'Rencana tindak lanjut {{number}} belum memiliki batas waktu.',
    )
  })
})

describe('Notulen closing time', () => {
  it('is the actual end of the last agenda item, on the organisation clock', () => {
    const ctx = demoContext()
    const last = lastAgendaItem(ctx)
    ctx.agendaItems = ctx.agendaItems.map((a) =>
      a.id === last.id ? { ...a, actualEnd: '2026-03-09T05:12:00.000Z' } : a,
    )
    expect(lines(notulen(ctx))).toContain('Rapat ditutup pada pukul 13.12 WITA.')
  })

  it('falls back to the planned end when the agenda was not run, or run on another date', () => {
    const ctx = demoContext()
    ctx.forum = { ...ctx.forum, days: [{ ...ctx.forum.days[0]!, end: '12:45' }] }
    ctx.agendaItems = ctx.agendaItems.map((a) => ({ ...a, actualStart: null, actualEnd: null }))
    expect(lines(notulen(ctx))).toContain('Rapat ditutup pada pukul 12.45 WITA.')
    ctx.agendaItems = ctx.agendaItems.map((a) => ({
      ...a,
      actualStart: '2026-12-02T17:20:00.000Z',
      actualEnd: '2026-12-02T17:20:00.000Z',
    }))
    expect(lines(notulen(ctx))).toContain('Rapat ditutup pada pukul 12.45 WITA.')
  })
})

describe('official signature blocks print the institution', () => {
  it('prints "Mengetahui" with the position and the institution, as for participants', () => {
    const ctx = demoContext()
    ctx.signatories = ctx.signatories.map((s) =>
      s.role === 'mengetahui'
        ? {
            ...s,
            position: 'Deputi II',
            institution: 'Lembaga Administrasi Negara',
            name: 'Dr. Ismail Mohamad',
          }
        : s,
    )
    const text = lines(beritaAcara(ctx))
    const at = text.indexOf('Mengetahui,')
    expect(text.slice(at, at + 3)).toEqual([
      'Mengetahui,',
      'Deputi II Lembaga Administrasi Negara,',
      'Dr. Ismail Mohamad',
    ])
  })

  it('does not repeat an institution the position already names', () => {
    const text = lines(beritaAcara(demoContext()))
    expect(text).toContain('Asisten Pemerintahan Sekretariat Daerah Kota Kupang,')
  })
})

import { describe, expect, it } from 'vitest'
import { agendaItemSchema, forumFieldsSchema, participantSchema } from '@shared/domain'
import { FORUM_KIND_TEXT } from '@shared/documents/forum-kinds'
import { buildSampleForum } from '@shared/sample'
import { readSetting } from '@shared/settings'
import {
  BUILT_IN_TEMPLATES,
  builtInTemplate,
  copyForumSetup,
  defaultTemplateFor,
  forumFromTemplate,
  savedTemplateSchema,
  templateFromForum,
  templateMinutes,
} from '@shared/templates'

const NOW = new Date('2026-03-09T01:00:00Z')
const day = {
  id: crypto.randomUUID(),
  date: '2026-06-01',
  start: '08:30',
  end: '13:00',
  place: 'Aula',
}

describe('built-in forum templates', () => {
  it('covers every kind the issue names, sosialisasi both daring and luring', () => {
    expect(BUILT_IN_TEMPLATES.map((t) => t.id)).toEqual([
      'fkp',
      'fgd',
      'workshop',
      'sosialisasi_luring',
      'sosialisasi_daring',
      'coaching_clinic',
      'public_hearing',
    ])
    expect(builtInTemplate('sosialisasi_daring').method).toBe('daring')
    expect(builtInTemplate('sosialisasi_luring').method).toBe('tatap_muka')
  })

  it('runs an FKP in the PermenPANRB 16/2017 order, registration first and closing last', () => {
    const kinds = builtInTemplate('fkp').agenda.map((i) => i.kind)
    expect(kinds).toEqual([
      'registrasi',
      'pembukaan',
      'paparan',
      'paparan',
      'diskusi',
      'perumusan',
      'perumusan',
      'penandatanganan',
      'penutupan',
    ])
    expect(templateMinutes(builtInTemplate('fkp'))).toBe(220)
  })

  it('gives each kind the legal basis its reports print, FKP resting on PermenPANRB 16/2017', () => {
    for (const template of BUILT_IN_TEMPLATES) {
      expect(template.legalBasis).toEqual(FORUM_KIND_TEXT[template.kind].legalBasis)
      expect(template.legalBasis[0]).toMatch(/Undang-Undang Nomor 25 Tahun 2009/)
    }
    expect(builtInTemplate('fkp').legalBasis.join(' ')).toMatch(/Nomor 16 Tahun 2017/)
    expect(builtInTemplate('coaching_clinic').legalBasis.join(' ')).toMatch(/Nomor 91 Tahun 2021/)
    expect(builtInTemplate('public_hearing').legalBasis.join(' ')).toMatch(/Nomor 12 Tahun 2011/)
  })

  it('prints a berita acara only where a forum ends in agreements', () => {
    expect(builtInTemplate('fkp').documents).toContain('berita_acara')
    expect(builtInTemplate('public_hearing').documents).toContain('berita_acara')
    expect(builtInTemplate('workshop').documents).toContain('nota_kesepakatan')
    expect(builtInTemplate('sosialisasi_daring').documents).not.toContain('berita_acara')
  })

  it('defaults by kind, and has no template for kinds without one', () => {
    expect(defaultTemplateFor('fkp')?.id).toBe('fkp')
    expect(defaultTemplateFor('sosialisasi')?.id).toBe('sosialisasi_luring')
    expect(defaultTemplateFor('rapat')).toBeUndefined()
  })
})

describe('forumFromTemplate', () => {
  it('plans the first day back to back from its start; the durations fill the planned span', () => {
    for (const template of BUILT_IN_TEMPLATES) {
      const { agenda } = forumFromTemplate(template, { topic: 'x', days: [day] })
      expect(agenda.map((i) => i.title)).toEqual(template.agenda.map((i) => i.title))
      expect(agenda.map((i) => i.order)).toEqual(agenda.map((_, n) => n))
      expect(agenda[0]?.plannedStart).toBe('08:30')
      for (let n = 1; n < agenda.length; n++) {
        const prev = agenda[n - 1]!
        const [h, m] = prev.plannedStart.split(':').map(Number)
        const end = h! * 60 + m! + prev.durationMin
        const [h2, m2] = agenda[n]!.plannedStart.split(':').map(Number)
        expect(h2! * 60 + m2!).toBe(end)
      }
      const total = agenda.reduce((sum, i) => sum + i.durationMin, 0)
      expect(total).toBe(templateMinutes(template))
      expect(total).toBeLessThanOrEqual(6 * 60)
    }
  })

  it('fills the purpose from the kind and topic, and a valid forum follows', () => {
    const { fields } = forumFromTemplate(builtInTemplate('fkp'), {
      topic: 'Standar Pelayanan Perizinan',
      days: [day],
    })
    expect(fields.purpose).toBe(
      'Menghimpun masukan masyarakat tentang Standar Pelayanan Perizinan.',
    )
    const forum = forumFieldsSchema.safeParse({
      ...fields,
      title: 'FKP',
      startDate: day.date,
      endDate: day.date,
      days: [day],
      organiser: 'DPMPTSP',
      pimpinan: { name: 'A', position: 'Kepala' },
      moderator: { name: 'B' },
      notulis: { name: 'C' },
    })
    expect(forum.success).toBe(true)
    expect(
      forumFromTemplate(builtInTemplate('fgd'), { topic: '', days: [day] }).fields.purpose,
    ).toBe('')
  })
})

describe('templateFromForum', () => {
  it('keeps the first day agenda in order and survives the settings key', () => {
    const sample = buildSampleForum({ newId: () => crypto.randomUUID(), now: NOW })
    const shuffled = [...sample.agendaItems].reverse()
    const saved = templateFromForum(sample.forum, shuffled, {
      id: crypto.randomUUID(),
      name: 'FKP Kupang',
      createdAt: NOW.toISOString(),
    })
    const firstDay = sample.forum.days[0]!.id
    expect(saved.agenda.map((i) => i.title)).toEqual(
      sample.agendaItems
        .filter((i) => i.dayId === firstDay)
        .sort((a, b) => a.order - b.order)
        .map((i) => i.title),
    )
    expect(saved.agenda.length).toBeGreaterThan(0)
    expect(savedTemplateSchema.parse(saved)).toEqual(saved)
    expect(readSetting('forumTemplates', [saved])).toEqual([saved])
  })
})

describe('copyForumSetup ("Salin dari forum sebelumnya")', () => {
  const sample = buildSampleForum({ newId: () => crypto.randomUUID(), now: NOW })
  const copy = copyForumSetup(
    sample.forum,
    sample.agendaItems,
    sample.participants,
    { title: 'FKP 2027', startDate: '2027-03-08' },
    () => crypto.randomUUID(),
  )

  it('carries the roles, agenda and invitation list, with new ids and days moved', () => {
    expect(copy.fields.title).toBe('FKP 2027')
    expect(copy.fields.pimpinan).toEqual(sample.forum.pimpinan)
    expect(copy.fields.moderator).toEqual(sample.forum.moderator)
    expect(copy.fields.notulis).toEqual(sample.forum.notulis)
    expect(copy.fields.narasumber).toEqual(sample.forum.narasumber)
    expect(copy.fields.days[0]?.date).toBe('2027-03-08')
    expect(copy.fields.days[0]?.id).not.toBe(sample.forum.days[0]?.id)
    expect(forumFieldsSchema.safeParse(copy.fields).success).toBe(true)
    expect(copy.agenda.map((i) => i.title)).toEqual(sample.agendaItems.map((i) => i.title))
    expect(copy.participants.map((p) => p.personId)).toEqual(
      sample.participants.map((p) => p.personId),
    )
    const newIds = new Set(copy.participants.map((p) => p.id))
    for (const item of copy.agenda) {
      for (const id of item.speakerIds) expect(newIds.has(id)).toBe(true)
    }
  })

  it('carries no attendance, signatures, issues, agreements, action items or documents', () => {
    expect(sample.attendance.length).toBeGreaterThan(0)
    expect(sample.issues.length).toBeGreaterThan(0)
    expect(Object.keys(copy).sort()).toEqual(['agenda', 'fields', 'participants'])
    expect(copy.participants.every((p) => p.invited)).toBe(true)
    const carried = JSON.stringify(copy)
    for (const a of sample.attendance) expect(carried).not.toContain(a.id)
    for (const i of sample.issues) expect(carried).not.toContain(i.text)
    for (const a of sample.agreements) expect(carried).not.toContain(a.id)
    expect(carried).not.toContain('data:image/png')
    expect('invitation' in copy.fields).toBe(false)
    for (const item of copy.agenda) {
      expect([item.actualStart, item.actualEnd, item.notes]).toEqual([null, null, ''])
      expect(item.speakerQueue).toEqual([])
      const at = NOW.toISOString()
      expect(
        agendaItemSchema.safeParse({
          ...item,
          forumId: crypto.randomUUID(),
          createdAt: at,
          updatedAt: at,
        }).success,
      ).toBe(true)
    }
    for (const p of copy.participants) {
      const at = NOW.toISOString()
      expect(
        participantSchema.safeParse({
          ...p,
          forumId: crypto.randomUUID(),
          createdAt: at,
          updatedAt: at,
        }).success,
      ).toBe(true)
    }
  })
})

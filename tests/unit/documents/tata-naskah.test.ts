import { strFromU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { modelCanonical } from '@shared/documents/canonical'
import type { DocumentContext } from '@shared/documents/context'
import { demoContext, demoNotaContext, styleOf } from '@shared/documents/demo'
import {
  beritaAcara,
  daftarHadir,
  laporan,
  notaKesepakatan,
  notulen,
  rencanaTindakLanjut,
} from '@shared/documents/documents'
import { draftDocx } from '@shared/documents/generate'
import { monitoringModel } from '@shared/documents/monitoring'
import { fitColumns, wordTwips } from '@shared/documents/layout'
import type { DocumentModel } from '@shared/documents/model'
import { officeLines, signatorySlot } from '@shared/documents/parts'
import { preflight } from '@shared/documents/preflight'
import { officialSchema, organisationProfileSchema } from '@shared/domain/organisation'
import type { Signatory } from '@shared/domain/records'
import { maskPhone, phoneGroups } from '@shared/documents/sections'
import { readDocx, xmlParagraphs } from '@shared/documents/text'
import id from '@shared/i18n/locales/id/documents.json'

const EMU_PER_TWIP = 635

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
      'Rencana aksi {{number}} belum memiliki penanggung jawab (unit pelaksana tindak lanjut).',
    )
    expect(id.preflight.action_no_deadline).toBe(
      'Rencana aksi {{number}} belum memiliki batas waktu.',
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

describe('Notulen agenda times say which kind they are', () => {
  function agendaRow(ctx: DocumentContext, title: string): string {
    const text = lines(notulen(ctx))
    const heading = text.findIndex((line) => line.includes(title) && /\d/.test(line))
    return text[heading] ?? ''
  }

  it('prints an item run on its own day with its actual times', () => {
    const ctx = demoContext()
    const item = lastAgendaItem(ctx)
    ctx.agendaItems = ctx.agendaItems.map((a) =>
      a.id === item.id
        ? { ...a, actualStart: '2026-03-09T04:40:00.000Z', actualEnd: '2026-03-09T05:00:00.000Z' }
        : a,
    )
    expect(agendaRow(ctx, item.title)).toContain('12.40 s.d. 13.00 WITA')
    expect(agendaRow(ctx, item.title)).not.toContain('rencana')
  })

  it('marks planned times as planned when the item was never run', () => {
    const ctx = demoContext()
    const item = lastAgendaItem(ctx)
    ctx.agendaItems = ctx.agendaItems.map((a) =>
      a.id === item.id
        ? { ...a, plannedStart: '12:40', durationMin: 20, actualStart: null, actualEnd: null }
        : a,
    )
    expect(agendaRow(ctx, item.title)).toContain('12.40 s.d. 13.00 WITA (rencana)')
  })

  it('names the date on which times taken on another day were recorded', () => {
    const ctx = demoContext()
    const item = lastAgendaItem(ctx)
    ctx.agendaItems = ctx.agendaItems.map((a) =>
      a.id === item.id
        ? { ...a, actualStart: '2026-12-02T17:20:00.000Z', actualEnd: '2026-12-02T17:20:00.000Z' }
        : a,
    )
    expect(agendaRow(ctx, item.title)).toContain(
      '01.20 s.d. 01.20 WITA (dicatat pada 3 Desember 2026)',
    )
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

describe('Laporan Pelaksanaan and Laporan Monitoring', () => {
  it('leaves out an empty moderator, pimpinan or narasumber instead of printing a gap', () => {
    const ctx = demoContext()
    const forum = ctx.forum
    ctx.forum = { ...forum, moderator: { ...forum.moderator, name: '' }, narasumber: [] }
    const text = lines(laporan(ctx))
    expect(text).toContain(
      'Forum dipimpin oleh Dr. Yakobus Benyamin Manafe, S.H., M.Hum, Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Kupang. Rincian jalannya forum tercantum dalam notulen terlampir.',
    )
    expect(text.join('\n')).not.toMatch(/moderator \.|Narasumber: -/)
    ctx.forum = {
      ...ctx.forum,
      pimpinan: { ...forum.pimpinan, name: '' },
      moderator: forum.moderator,
    }
    expect(lines(laporan(ctx))).toContain(
      `Forum dipandu oleh moderator ${forum.moderator.name}. Rincian jalannya forum tercantum dalam notulen terlampir.`,
    )
  })

  it('keeps PermenPANRB 16/2017 for an FKP', () => {
    const ctx = demoContext()
    ctx.forum = { ...ctx.forum, legalBasis: [] }
    const text = lines(laporan(ctx))
    expect(text).toContain(
      '2. Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 16 Tahun 2017 tentang Pedoman Penyelenggaraan Forum Konsultasi Publik di Lingkungan Unit Penyelenggara Pelayanan Publik.',
    )
    expect(
      text.some((l) => l.startsWith('Forum Konsultasi Publik merupakan kegiatan dialog')),
    ).toBe(true)
  })

  it.each([
    [
      'fgd',
      'Focus Group Discussion (FGD) merupakan diskusi terfokus para pemangku kepentingan',
      '1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik.',
    ],
    [
      'workshop',
      'Lokakarya (workshop) merupakan pertemuan kerja para pemangku kepentingan',
      '1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik.',
    ],
    [
      'sosialisasi',
      'Sosialisasi merupakan kegiatan penyebarluasan informasi',
      '2. Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik.',
    ],
    [
      'coaching_clinic',
      'Coaching clinic merupakan kegiatan pendampingan bagi instansi inovator',
      '2. Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 91 Tahun 2021 tentang Pembinaan Inovasi Pelayanan Publik.',
    ],
    [
      'public_hearing',
      'Public hearing (rapat dengar pendapat umum) merupakan sarana partisipasi masyarakat',
      '2. Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan Perundang-undangan sebagaimana telah beberapa kali diubah, terakhir dengan Undang-Undang Nomor 13 Tahun 2022.',
    ],
  ] as const)('speaks of a %s as what it is, with its own legal basis', (kind, opening, basis) => {
    const ctx = demoContext()
    ctx.forum = { ...ctx.forum, kind, legalBasis: [], purpose: '' }
    const text = lines(laporan(ctx))
    expect(
      text.some((l) => l.startsWith(opening)),
      opening,
    ).toBe(true)
    expect(text).toContain(basis)
    expect(text.join('\n')).not.toContain('Forum Konsultasi Publik merupakan')
    expect(text.join('\n')).not.toContain('Nomor 16 Tahun 2017')
  })

  it('gives each kind its own purpose when the forum states none', () => {
    const ctx = demoContext()
    ctx.forum = { ...ctx.forum, kind: 'sosialisasi', purpose: '', topic: 'Mal Pelayanan Publik' }
    expect(lines(laporan(ctx))).toContain(
      'Menyebarluaskan informasi dan meningkatkan pemahaman masyarakat tentang Mal Pelayanan Publik.',
    )
  })

  it('names the kinds of forum a Laporan Monitoring reports on', () => {
    const ctx = demoContext()
    const input = {
      profile: ctx.organisation,
      scope: { unit: 'Sekretariat', from: '2026-01-01', to: '2026-12-31' },
      reportDate: '2026-11-23',
      entries: [],
    }
    expect(lines(monitoringModel(input))[1]).toBe('HASIL FORUM KONSULTASI PUBLIK')
    expect(lines(monitoringModel({ ...input, kinds: ['fgd', 'sosialisasi', 'fgd'] }))[1]).toBe(
      'HASIL FOCUS GROUP DISCUSSION DAN SOSIALISASI',
    )
  })
})

describe('every captured issue reaches the Notulen and Lampiran II', () => {
  function withLooseIssues(): DocumentContext {
    const ctx = demoContext()
    ctx.issues = ctx.issues.map((issue, i) =>
      i === 0
        ? { ...issue, agendaItemId: null }
        : i === 1
          ? { ...issue, agendaItemId: '00000000-0000-4000-8000-777777777777' }
          : issue,
    )
    return ctx
  }

  it('lists each issue under its agenda item, the others under a closing "Lain-lain"', () => {
    const ctx = withLooseIssues()
    const text = lines(notulen(ctx)).join('\n')
    for (const issue of ctx.issues.filter((i) => !i.mergedIntoId)) {
      expect(text, issue.text).toContain(issue.text)
    }
    const agenda = ctx.agendaItems.length
    const closing = text.indexOf(`${agenda + 1}. Lain-lain`)
    expect(closing).toBeGreaterThan(0)
    expect(text.indexOf(ctx.issues[0]!.text)).toBeGreaterThan(closing)
    expect(text.indexOf(ctx.issues[1]!.text)).toBeGreaterThan(closing)
    expect(text.indexOf('C. Kesimpulan')).toBeGreaterThan(text.indexOf(ctx.issues[1]!.text))
  })

  it('prints no "Lain-lain" when every issue has its agenda item', () => {
    expect(lines(notulen(demoContext()))).not.toContain(
      `${demoContext().agendaItems.length + 1}. Lain-lain`,
    )
  })

  it('carries every issue into Lampiran II of the Berita Acara', () => {
    const ctx = withLooseIssues()
    const text = lines(beritaAcara(ctx)).join('\n')
    const from = text.indexOf('LAMPIRAN II BERITA ACARA KESEPAKATAN')
    const to = text.indexOf('LAMPIRAN III BERITA ACARA KESEPAKATAN')
    const lampiran = text.slice(from, to)
    for (const issue of ctx.issues.filter((i) => !i.mergedIntoId)) {
      expect(lampiran, issue.text).toContain(issue.text)
    }
  })
})

describe('signature images in the Daftar Hadir', () => {
  it.each(['A4', 'F4'] as const)('fit inside their cell on %s', async (paper) => {
    const ctx = demoContext({ paper })
    const { bytes } = await draftDocx(daftarHadir(ctx, 0), styleOf(ctx))
    const xml = readDocx(bytes).documentXml
    const table = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)]
      .map((m) => m[0])
      .find((t) => (t.match(/<w:gridCol /g) ?? []).length === 8)!
    const cells = [...table.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)]
      .map((m) => m[0])
      .filter((tc) => tc.includes('<wp:extent'))
    expect(cells).toHaveLength(ctx.attendance.length)
    const ratios = cells.map((tc) => {
      const inner = (Number(/<w:tcW [^>]*w:w="(\d+)"/.exec(tc)![1]) - 160) * EMU_PER_TWIP
      return Number(/<wp:extent cx="(\d+)"/.exec(tc)![1]) / inner
    })
    for (const ratio of ratios) expect(ratio).toBeLessThanOrEqual(1)
    // Scaled to fit, not shrunk to nothing.
    expect(Math.min(...ratios)).toBeGreaterThan(0.9)
  })
})

describe('a closing signature block never stands alone on a page', () => {
  /** The rows of each table with `columns` columns, and the XML after the last of them. */
  async function tableAndRest(model: DocumentModel, columns: number) {
    const ctx = demoContext()
    const xml = readDocx((await draftDocx(model, styleOf(ctx))).bytes).documentXml
    const found = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].filter(
      (m) => (m[0].match(/<w:gridCol /g) ?? []).length === columns,
    )
    const rowsOf = (table: string) =>
      [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>|<w:tr [\s\S]*?<\/w:tr>/g)].map((m) => m[0])
    const last = found[found.length - 1]!
    return {
      tables: found.map((m) => rowsOf(m[0])),
      rows: rowsOf(found[0]![0]),
      rest: xml.slice(last.index + last[0].length),
    }
  }

  function everyParagraphKeptWithNext(row: string): boolean {
    const paragraphs = row.match(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g) ?? []
    return paragraphs.length > 0 && paragraphs.every((para) => para.includes('<w:keepNext/>'))
  }

  it.each([
    ['Daftar Hadir', () => daftarHadir(demoContext(), 0), 8],
    ['Rencana Tindak Lanjut', () => rencanaTindakLanjut(demoContext()), 7],
  ] as const)('%s: the last rows go with the signature block', async (_name, build, columns) => {
    const { tables, rest } = await tableAndRest(build(), columns)
    // The last two rows are a table of their own, every row kept with what follows (LibreOffice
    // reads that only from a whole table); the rows before break freely.
    expect(tables).toHaveLength(2)
    const [main, last] = tables as [string[], string[]]
    expect(last).toHaveLength(2)
    expect(last.every(everyParagraphKeptWithNext)).toBe(true)
    expect(last.every((row) => row.includes('<w:cantSplit/>'))).toBe(true)
    expect(main.some(everyParagraphKeptWithNext)).toBe(false)
    // The empty paragraph after the table and the one before the signatures hold on too.
    const between = rest.slice(0, rest.indexOf('<w:tbl>'))
    const spacers = between.match(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>|<w:p\/>/g) ?? []
    expect(spacers.length).toBeGreaterThan(0)
    expect(spacers.every((para) => para.includes('<w:keepNext/>'))).toBe(true)
  })

  it('keeps the other tables free to break anywhere', async () => {
    const { rows } = await tableAndRest(notulen(demoContext()), 4)
    expect(rows.some(everyParagraphKeptWithNext)).toBe(false)
  })

  it('Notulen: the closing time goes with the signatures', async () => {
    const ctx = demoContext()
    const xml = readDocx((await draftDocx(notulen(ctx), styleOf(ctx))).bytes).documentXml
    const closing = [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)]
      .map((m) => m[0])
      .find((para) => para.includes('Rapat ditutup'))!
    expect(closing).toContain('<w:keepNext/>')
  })
})

describe('co-organisers and supporting partners', () => {
  it('are named in the opening sentence', () => {
    const ctx = demoContext()
    ctx.forum = {
      ...ctx.forum,
      coOrganisers: ['Bagian Organisasi Setda Kota Kupang', 'Ombudsman RI Perwakilan NTT'],
      partners: ['Universitas Nusa Cendana', 'GIZ', 'UNDP'],
    }
    const opening = lines(beritaAcara(ctx)).find((l) => l.startsWith('Pada hari ini'))!
    expect(opening).toContain(
      'yang diselenggarakan oleh Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Kupang bekerja sama dengan Bagian Organisasi Setda Kota Kupang dan Ombudsman RI Perwakilan NTT dengan dukungan Universitas Nusa Cendana, GIZ, dan UNDP dan dihadiri oleh',
    )
  })

  it('leave the sentence as it was when there are none', () => {
    const ctx = demoContext()
    ctx.forum = { ...ctx.forum, coOrganisers: [], partners: [] }
    const opening = lines(beritaAcara(ctx)).find((l) => l.startsWith('Pada hari ini'))!
    expect(opening).toContain(
      'yang diselenggarakan oleh Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Kupang dan dihadiri oleh',
    )
  })
})

describe('a forum of several days', () => {
  function threeDays(): DocumentContext {
    const ctx = demoContext()
    const first = ctx.forum.days[0]!
    const day = (n: number, date: string, place: string) => ({
      ...first,
      id: `00000000-0000-4000-8000-99999999999${n}`,
      date,
      place,
    })
    ctx.forum = {
      ...ctx.forum,
      endDate: '2026-03-11',
      coOrganisers: [],
      partners: [],
      days: [
        first,
        day(1, '2026-03-10', first.place),
        { ...day(2, '2026-03-11', 'Hotel Aston Kupang'), start: '13:00', end: '16:00' },
      ],
    }
    return ctx
  }

  it('opens with the signing day in words and names every day, and its place when they differ', () => {
    const opening = lines(beritaAcara(threeDays())).find((l) => l.startsWith('Pada hari ini'))!
    expect(opening).toBe(
      'Pada hari ini Rabu tanggal sebelas bulan Maret tahun dua ribu dua puluh enam, bertempat di Hotel Aston Kupang, telah dilaksanakan Forum Konsultasi Publik Penyusunan Standar Pelayanan Perizinan Berusaha yang diselenggarakan oleh Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Kupang selama 3 (tiga) hari, yaitu pada Senin, 9 Maret 2026 pukul 09.00 s.d. 13.00 WITA bertempat di Aula Kantor Wali Kota Kupang; Selasa, 10 Maret 2026 pukul 09.00 s.d. 13.00 WITA bertempat di Aula Kantor Wali Kota Kupang; dan Rabu, 11 Maret 2026 pukul 13.00 s.d. 16.00 WITA bertempat di Hotel Aston Kupang, dan dihadiri oleh 30 (tiga puluh) orang peserta dari unsur pengguna layanan, ahli/praktisi/akademisi, instansi terkait, organisasi masyarakat sipil, dan media massa sebagaimana tercantum dalam daftar hadir terlampir.',
    )
  })

  it('names every day in the body of a Nota Kesepakatan between parties too', () => {
    const text = lines(notaKesepakatan(demoNotaContext(threeDays())))
    expect(
      text.find((l) => l.startsWith('Pada hari ini Rabu tanggal sebelas bulan Maret')),
    ).toBeDefined()
    const body = text.find((l) => l.startsWith('PIHAK PERTAMA dan PIHAK KEDUA'))!
    expect(body).toContain(
      'selama 3 (tiga) hari, yaitu pada Senin, 9 Maret 2026 pukul 09.00 s.d. 13.00 WITA bertempat di Aula Kantor Wali Kota Kupang; Selasa, 10 Maret 2026',
    )
  })
})

describe('a nomor pattern with an empty part', () => {
  it('is named by the pre-flight list, with the nomor as it would print', () => {
    const ctx = demoContext()
    ctx.organisation = {
      ...ctx.organisation,
      nomorPattern: '{kode}/{urut}/{unit}/{tahun}',
      classificationCode: '',
      unitCode: 'PKP2A III',
      nomorCounter: { year: 2026, last: 0 },
    }
    const problems = preflight(ctx, 'berita_acara').filter((p) => p.fix === 'settings')
    expect(problems).toEqual([
      { code: 'nomor_kode_missing', params: { example: '/001/PKP2A III/2026' }, fix: 'settings' },
    ])
    ctx.organisation = { ...ctx.organisation, unitCode: ' ' }
    expect(preflight(ctx, 'laporan').map((p) => p.code)).toEqual(
      expect.arrayContaining(['nomor_kode_missing', 'nomor_unit_missing']),
    )
    // Documents without a nomor are not concerned.
    expect(preflight(ctx, 'notulen').some((p) => p.code.startsWith('nomor_'))).toBe(false)
    expect(id.preflight.nomor_kode_missing).toBe(
      'Pola nomor surat memuat kode klasifikasi, tetapi kode klasifikasi di profil organisasi kosong; nomor akan tercetak "{{example}}".',
    )
  })

  it('passes a pattern without the empty part, or with every part filled in', () => {
    const ctx = demoContext()
    expect(preflight(ctx, 'berita_acara')).toEqual([])
    ctx.organisation = {
      ...ctx.organisation,
      nomorPattern: '{urut}/{unit}/{tahun}',
      classificationCode: '',
    }
    expect(preflight(ctx, 'berita_acara')).toEqual([])
  })
})

describe('a.n., u.b., Plt. and Plh. in the signature block', () => {
  /** The penyelenggara's block as printed: position lines, name, rank, NIP. */
  function signedBy(change: Partial<Signatory>): string[] {
    const ctx = demoContext()
    const head = ctx.signatories.find((s) => s.role === 'penyelenggara')!
    const slot = signatorySlot({
      ...head,
      institution: '',
      name: 'Drs. Markus Bana',
      rank: 'Pembina (IV/a)',
      nip: '197203151998031004',
      ...change,
    })
    return [...slot.position, slot.name, slot.rank, slot.nip]
  }

  it('prints the lines in the Berita Acara, in this order', () => {
    const ctx = demoContext()
    ctx.signatories = ctx.signatories.map((s) =>
      s.role === 'penyelenggara'
        ? { ...s, prefix: 'a.n.', onBehalfOf: 'Wali Kota Kupang', position: 'Sekretaris Daerah' }
        : s,
    )
    const text = lines(beritaAcara(ctx))
    const at = text.indexOf('a.n. Wali Kota Kupang,')
    expect(at).toBeGreaterThan(text.indexOf('Pihak Penyelenggara'))
    expect(text[at + 1]).toBe('Sekretaris Daerah,')
  })

  it('a.n.: the office signed for, then the signer’s own position, name, rank, NIP', () => {
    expect(
      signedBy({
        prefix: 'a.n.',
        onBehalfOf: 'Kepala Dinas Penanaman Modal dan PTSP Kota Kupang',
        position: 'Sekretaris',
      }),
    ).toEqual([
      'a.n. Kepala Dinas Penanaman Modal dan PTSP Kota Kupang,',
      'Sekretaris,',
      'Drs. Markus Bana',
      'Pembina (IV/a)',
      'NIP 19720315 199803 1 004',
    ])
  })

  it('u.b.: the a.n. signer’s position and "u.b." under the office signed for', () => {
    expect(
      signedBy({
        prefix: 'u.b.',
        onBehalfOf: 'Wali Kota Kupang',
        viaPosition: 'Sekretaris Daerah,',
        position: 'Asisten Pemerintahan',
      }).slice(0, 4),
    ).toEqual(['a.n. Wali Kota Kupang,', 'Sekretaris Daerah,', 'u.b.', 'Asisten Pemerintahan,'])
  })

  it('Plt. and Plh. precede the position held, also when signing for another office', () => {
    expect(signedBy({ prefix: 'Plh.', position: 'Kepala Dinas' }).slice(0, 2)).toEqual([
      'Plh. Kepala Dinas,',
      'Drs. Markus Bana',
    ])
    expect(
      signedBy({
        prefix: 'Plt.',
        onBehalfOf: 'Wali Kota Kupang',
        position: 'Sekretaris Daerah',
      }).slice(0, 2),
    ).toEqual(['a.n. Wali Kota Kupang,', 'Plt. Sekretaris Daerah,'])
  })

  it('prints the office signed for as typed, without the signer’s institution', () => {
    expect(
      officeLines(
        { prefix: 'a.n.', onBehalfOf: 'Wali Kota Kupang', position: 'Sekretaris Daerah' },
        'Sekretariat Daerah Kota Kupang',
      ),
    ).toEqual(['a.n. Wali Kota Kupang,', 'Sekretaris Daerah,'])
    expect(
      officeLines({ prefix: '', position: 'Deputi II' }, 'Lembaga Administrasi Negara'),
    ).toEqual(['Deputi II Lembaga Administrasi Negara,'])
  })

  it('reads officials and signatories stored before these fields existed', () => {
    const stored = { prefix: 'a.n.', position: 'Kepala Dinas', name: 'A', rank: '', nip: '' }
    expect(officialSchema.parse(stored)).toEqual(stored)
    expect(officeLines(officialSchema.parse(stored))).toEqual(['a.n. Kepala Dinas,'])
  })
})

describe('page numbers from page 2', () => {
  /** The XML of each header and footer of the first section, by its type (default, first). */
  async function headersAndFooters(position?: 'top_centre' | 'bottom_right') {
    const ctx = demoContext()
    const style = position ? { ...styleOf(ctx), pageNumberPosition: position } : styleOf(ctx)
    const { bytes } = await draftDocx(beritaAcara(ctx), style)
    const { files, documentXml } = readDocx(bytes)
    const rels = strFromU8(files['word/_rels/document.xml.rels']!)
    const target = (id: string) =>
      strFromU8(files[`word/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1]}`]!)
    const part = (kind: 'header' | 'footer', type: string) => {
      const ref = new RegExp(`<w:${kind}Reference w:type="${type}" r:id="(\\w+)"`).exec(
        documentXml,
      )!
      return target(ref[1]!)
    }
    return {
      header: part('header', 'default'),
      footer: part('footer', 'default'),
      firstHeader: part('header', 'first'),
      firstFooter: part('footer', 'first'),
    }
  }

  it('prints "- N -" centred at the top by default, none on page 1', async () => {
    const parts = await headersAndFooters()
    expect(xmlParagraphs(parts.header)).toEqual(['-  -'])
    expect(parts.header).toContain('PAGE')
    expect(parts.header).toContain('<w:jc w:val="center"/>')
    expect(parts.footer).not.toContain('PAGE')
    expect(parts.firstHeader).not.toContain('PAGE')
    expect(parts.firstFooter).not.toContain('PAGE')
    // The verification footer stays on every page.
    expect(xmlParagraphs(parts.footer).join('\n')).toContain('Draf: belum difinalisasi')
  })

  it('prints "Halaman N" at the bottom right when the profile says so', async () => {
    const parts = await headersAndFooters('bottom_right')
    expect(parts.header).not.toContain('PAGE')
    expect(parts.footer).toContain('PAGE')
    expect(xmlParagraphs(parts.footer)).toContain('Halaman ')
    expect(parts.firstFooter).not.toContain('PAGE')
  })

  it('reads profiles stored before the setting as the default', () => {
    const { pageNumberPosition: _ignored, ...stored } = demoContext().organisation
    expect(organisationProfileSchema.parse(stored).pageNumberPosition).toBe('top_centre')
  })
})

describe('phone numbers in a public Berita Acara', () => {
  const present = (ctx: DocumentContext) => {
    const ids = new Set(ctx.attendance.map((a) => a.personId))
    return ctx.people.filter((p) => ids.has(p.id) && p.phone)
  }

  it('are left out of its Daftar Hadir by default; the internal Daftar Hadir keeps them', () => {
    const ctx = demoContext()
    expect(ctx.organisation.publicPhones).toBe('omit')
    const people = present(ctx)
    expect(people.length).toBeGreaterThan(10)
    const ba = lines(beritaAcara(ctx)).join('\n')
    expect(ba).not.toContain('No. HP')
    const internal = lines(daftarHadir(ctx, 0)).join('\n')
    expect(internal).toContain('No. HP')
    for (const person of people) {
      expect(ba, person.name).not.toContain(phoneGroups(person.phone))
      expect(internal, person.name).toContain(phoneGroups(person.phone))
    }
  })

  it('are masked when the profile says so', () => {
    const ctx = demoContext()
    ctx.organisation = { ...ctx.organisation, publicPhones: 'mask' }
    const ba = lines(beritaAcara(ctx))
    expect(ba).toContain('No. HP')
    expect(ba).toContain(maskPhone('081237440112'))
    expect(maskPhone('081237440112')).toBe('0812 **** *112')
    expect(maskPhone('+6281237440112')).toBe('+6281 **** **11 2')
    for (const person of present(ctx)) {
      expect(ba.join('\n')).not.toContain(phoneGroups(person.phone))
    }
  })
})

describe('wide tables in landscape sections', () => {
  function sections(xml: string) {
    return [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => {
      const size = /<w:pgSz ([^>]*)\/>/.exec(m[0])![1]!
      return {
        landscape: size.includes('w:orient="landscape"'),
        wider: Number(/w:w="(\d+)"/.exec(size)![1]) > Number(/w:h="(\d+)"/.exec(size)![1]),
        restarts: m[0].includes('w:start='),
        titlePage: m[0].includes('<w:titlePg/>'),
      }
    })
  }

  async function xmlOf(model: DocumentModel, paper: 'A4' | 'F4' = 'F4') {
    const ctx = demoContext({ paper })
    return readDocx((await draftDocx(model, styleOf(ctx))).bytes).documentXml
  }

  it('prints the Rencana Tindak Lanjut on a landscape page', async () => {
    const found = sections(await xmlOf(rencanaTindakLanjut(demoContext())))
    expect(found).toEqual([{ landscape: true, wider: true, restarts: false, titlePage: true }])
  })

  it('puts Lampiran III of the Berita Acara in a landscape section between portrait ones', async () => {
    const ctx = demoContext()
    const model = beritaAcara(ctx)
    const found = sections(await xmlOf(model))
    expect(found.map((s) => s.landscape)).toEqual([false, true, false])
    expect(found.every((s) => s.landscape === s.wider && !s.restarts)).toBe(true)
    expect(found.map((s) => s.titlePage)).toEqual([true, false, false])
    // The lampiran header opens the landscape pages with its table.
    const header = model.blocks.find(
      (b) => b.type === 'lampiran' && b.lines[0].startsWith('LAMPIRAN III'),
    )!
    expect(header.landscape).toBe(true)
  })

  it('prints a Laporan Monitoring in landscape', () => {
    const ctx = demoContext()
    const model = monitoringModel({
      profile: ctx.organisation,
      scope: { unit: 'Sekretariat', from: '2026-01-01', to: '2026-12-31' },
      reportDate: '2026-11-23',
      entries: [],
    })
    expect(model.blocks.every((b) => b.landscape)).toBe(true)
  })

  it('gives every column at least the width of its longest word', () => {
    expect(fitColumns([50, 50], [0, 0], 1000)).toEqual([500, 500])
    expect(fitColumns([10, 45, 45], [300, 0, 0], 1000)).toEqual([300, 350, 350])
    expect(fitColumns([10, 10, 80], [300, 400, 0], 1000)).toEqual([300, 400, 300])
    // Minimums beyond the width are shared out in their proportion.
    expect(fitColumns([50, 50], [1500, 500], 1000)).toEqual([750, 250])
    expect(wordTwips('mempublikasikannya', 9)).toBeGreaterThan(wordTwips('Septem', 9))
  })

  it.each(['A4', 'F4'] as const)(
    'sets no RTL column on %s narrower than its longest word',
    async (paper) => {
      const xml = await xmlOf(rencanaTindakLanjut(demoContext({ paper })), paper)
      const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)![0]
      const columns = [...table.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1]))
      const model = rencanaTindakLanjut(demoContext({ paper }))
      const rtl = model.blocks.find((b) => b.type === 'table')!
      if (rtl.type !== 'table') throw new Error('no table')
      rtl.rows.forEach((row) =>
        row.forEach((c, i) => {
          for (const word of c.paragraphs
            .flatMap((para) => para.runs.map((r) => r.text))
            .join(' ')
            .split(/\s+/)) {
            expect(wordTwips(word, 9) + 160, word).toBeLessThanOrEqual(columns[i]!)
          }
        }),
      )
    },
  )
})

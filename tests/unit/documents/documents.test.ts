import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { demoContext, demoNotaContext, styleOf } from '@shared/documents/demo'
import {
  allDocuments,
  beritaAcara,
  daftarHadir,
  notaKesepakatan,
  notulen,
  rencanaTindakLanjut,
  undangan,
} from '@shared/documents/documents'
import { draftDocx, finalDocx } from '@shared/documents/generate'
import { canonicalText, readDocx } from '@shared/documents/text'
import {
  diffLines,
  normaliseCode,
  readForVerification,
  verificationCode,
} from '@shared/documents/verification'
import { documentFileName, evidencePackFiles, zipFiles } from '@shared/documents/zip'
import type { DocumentModel } from '@shared/documents/model'

async function lines(model: DocumentModel, paper: 'A4' | 'F4' = 'F4') {
  const ctx = demoContext({ paper })
  const { bytes } = await draftDocx(model, styleOf(ctx))
  return canonicalText(readDocx(bytes).documentXml).split('\n')
}

/** Asserts that each expected line occurs, in this order (other lines may lie between). */
function expectInOrder(actual: string[], expected: string[]) {
  let from = 0
  for (const line of expected) {
    const index = actual.indexOf(line, from)
    expect(index, `"${line}" after line ${from}`).toBeGreaterThanOrEqual(0)
    from = index + 1
  }
}

const ctx = demoContext()
const agreements = [...ctx.agreements].sort((a, b) => a.order - b.order).map((a) => a.text)

describe('Berita Acara Kesepakatan', () => {
  it('states title, nomor, the opening with the date in words, the agreements and the closing', async () => {
    const text = await lines(beritaAcara(ctx))
    expectInOrder(text, [
      'BERITA ACARA KESEPAKATAN',
      'FORUM KONSULTASI PUBLIK PENYUSUNAN STANDAR PELAYANAN PERIZINAN BERUSAHA',
      'DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KOTA KUPANG',
      'TAHUN 2026',
      'Nomor: 000.1.2/002/DPMPTSP/2026',
      'Pada hari ini Senin tanggal sembilan bulan Maret tahun dua ribu dua puluh enam, bertempat di Aula Kantor Wali Kota Kupang, pukul 09.00 s.d. 13.00 WITA, telah dilaksanakan Forum Konsultasi Publik Penyusunan Standar Pelayanan Perizinan Berusaha yang diselenggarakan oleh Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Kupang bekerja sama dengan Bagian Organisasi Sekretariat Daerah Kota Kupang dengan dukungan Universitas Nusa Cendana dan dihadiri oleh 30 (tiga puluh) orang peserta dari unsur pengguna layanan, ahli/praktisi/akademisi, instansi terkait, organisasi masyarakat sipil, dan media massa sebagaimana tercantum dalam daftar hadir terlampir.',
      'Setelah dilakukan pembahasan secara musyawarah untuk mufakat, disepakati hal-hal sebagai berikut:',
      ...agreements.map((t, i) => `${i + 1}. ${t}${i === agreements.length - 1 ? '.' : ';'}`),
      'Demikian Berita Acara Kesepakatan ini dibuat dengan sebenarnya untuk dapat dipergunakan sebagaimana mestinya.',
      'Kupang, 9 Maret 2026',
    ])
  })

  it('prints every signatory with titles exactly, positions ending with a comma, NIP grouped', async () => {
    const text = await lines(beritaAcara(ctx))
    expectInOrder(text, [
      'Perwakilan Unsur Pengguna Layanan',
      'Direktur CV Tefa Karya Mandiri,',
      'Kupang, 9 Maret 2026',
      'Pihak Penyelenggara',
      'Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Kupang,',
      'Dominggus Tefa, S.E.',
      'Dr. Yakobus Benyamin Manafe, S.H., M.Hum',
      'Pembina Utama Muda (IV/c)',
      'NIP 19700814 199703 1 002',
      'Dr. Welhelmina Selfina Ratu Edo, S.E., M.Si',
      'Anselmus Kefi',
      'Mengetahui,',
      'Asisten Pemerintahan Sekretariat Daerah Kota Kupang,',
      'Drs. Fransiskus Xaverius Watu, M.Si',
      'NIP 19680412 199303 1 009',
    ])
  })

  it('prints names bold and underlined', async () => {
    const { bytes } = await draftDocx(beritaAcara(ctx), styleOf(ctx))
    const xml = readDocx(bytes).documentXml
    const run =
      /<w:r><w:rPr>((?:(?!<\/w:rPr>).)*)<\/w:rPr><w:t[^>]*>Drs\. Fransiskus Xaverius Watu, M\.Si<\/w:t>/.exec(
        xml,
      )
    expect(run?.[1]).toContain('<w:b/>')
    expect(run?.[1]).toContain('<w:u w:val="single"/>')
  })

  it('heads every lampiran with its number, the nomor and the date', async () => {
    const text = await lines(beritaAcara(ctx))
    const headers = ['I', 'II', 'III', 'IV'].flatMap((n) => [
      `LAMPIRAN ${n} BERITA ACARA KESEPAKATAN`,
      'NOMOR : 000.1.2/002/DPMPTSP/2026',
      'TANGGAL : 9 MARET 2026',
    ])
    expectInOrder(text, headers)
    expectInOrder(text, [
      'LAMPIRAN I BERITA ACARA KESEPAKATAN',
      'DAFTAR HADIR',
      'LAMPIRAN II BERITA ACARA KESEPAKATAN',
      'NOTULEN',
      'LAMPIRAN III BERITA ACARA KESEPAKATAN',
      'RENCANA TINDAK LANJUT',
      'LAMPIRAN IV BERITA ACARA KESEPAKATAN',
      'DOKUMENTASI KEGIATAN',
      'Foto 1. Pembukaan oleh Kepala DPMPTSP Kota Kupang (Senin, 9 Maret 2026)',
    ])
  })

  it('sets A4 and F4 page sizes and puts the kop in the first page header only', async () => {
    for (const [paper, size] of [
      ['A4', { width: 11906, height: 16838 }],
      ['F4', { width: 12189, height: 18709 }],
    ] as const) {
      const c = demoContext({ paper })
      const { bytes } = await draftDocx(beritaAcara(c), styleOf(c))
      const parts = readDocx(bytes)
      expect(parts.pageSize).toEqual(size)
      const rels = strFromU8(unzipSync(bytes)['word/_rels/document.xml.rels']!)
      const target = (type: string) => {
        const id = new RegExp(`<w:headerReference w:type="${type}" r:id="(\\w+)"`).exec(
          parts.documentXml,
        )?.[1]
        const file = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1]
        return strFromU8(parts.files[`word/${file}`]!)
      }
      expect(parts.documentXml).toContain('<w:titlePg/>')
      expect(target('first')).toContain('PEMERINTAH KOTA KUPANG')
      expect(target('default')).not.toContain('PEMERINTAH KOTA KUPANG')
    }
  })
})

describe('the other documents', () => {
  it('Nota Kesepakatan names PIHAK PERTAMA and PIHAK KEDUA', async () => {
    const text = await lines(notaKesepakatan(demoNotaContext(ctx)))
    expectInOrder(text, [
      'NOTA KESEPAKATAN',
      'Nomor: 000.1.2/003/DPMPTSP/2026',
      '1. Dr. Yakobus Benyamin Manafe, S.H., M.Hum, Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Kupang, selanjutnya disebut PIHAK PERTAMA;',
      '2. Prof. Dr. Yosef Leonardus Kolo, M.Si., Dekan Fakultas Ilmu Sosial dan Ilmu Politik Universitas Nusa Cendana, selanjutnya disebut PIHAK KEDUA.',
      `${agreements.length}. ${agreements[agreements.length - 1]}.`,
      'PIHAK KEDUA,',
      'PIHAK PERTAMA,',
    ])
  })

  it('Daftar Hadir numbers the attendees, leaves walk-in rows and is signed by the head', async () => {
    const text = await lines(daftarHadir(ctx, 0))
    expectInOrder(text, [
      'DAFTAR HADIR',
      'Senin, 9 Maret 2026',
      '09.00 s.d. 13.00 WITA',
      'No',
      'Tanda Tangan',
      '1',
      'Drs. Agustinus Nenobais',
      '0812 4611 8340',
      '30',
      '31',
      '35',
      'Kupang, 9 Maret 2026',
      'Dr. Yakobus Benyamin Manafe, S.H., M.Hum',
    ])
    expect(text).not.toContain('36')
  })

  it('Notulen has the header table, actual times, the discussion with answers and conclusions', async () => {
    const text = await lines(notulen(ctx))
    expectInOrder(text, [
      'NOTULEN',
      'Pimpinan Rapat',
      '30 (tiga puluh) orang, terdiri atas:',
      'A. Susunan Acara',
      '09.07 s.d. 09.21 WITA',
      'B. Jalannya Rapat',
      'C. Kesimpulan',
      `1. ${agreements[0]};`,
      'Rapat ditutup pada pukul 13.00 WITA.',
      'Mengetahui,',
      'Pimpinan Rapat,',
      'Notulis,',
      'Veronika Seran, S.AP',
    ])
    expect(
      text.some((l) =>
        l.startsWith(
          'a. Dominggus Tefa, S.E. (Pengguna Layanan, CV Tefa Karya Mandiri), pengaduan:',
        ),
      ),
    ).toBe(true)
    expect(text.some((l) => l.startsWith('Tanggapan: Keterlambatan terjadi'))).toBe(true)
  })

  it('Notulen prints actual times on the organisation clock when they were stored in UTC', async () => {
    // The live room stores instants as toISOString(); the paper must still read 09.07 WITA.
    const utc = {
      ...ctx,
      agendaItems: ctx.agendaItems.map((item) =>
        item.actualStart === '2026-03-09T09:07:00+08:00'
          ? {
              ...item,
              actualStart: '2026-03-09T01:07:00.000Z',
              actualEnd: '2026-03-09T01:21:00.000Z',
            }
          : item,
      ),
    }
    expect(utc.agendaItems).not.toEqual(ctx.agendaItems)
    expect(await lines(notulen(utc))).toContain('09.07 s.d. 09.21 WITA')
  })

  it('RTL lists each action with target, responsible unit and deadline', async () => {
    const text = await lines(rencanaTindakLanjut(ctx))
    expectInOrder(text, [
      'No',
      'Masukan/ Permasalahan',
      'Kesepakatan/ Rencana Aksi',
      'Target/ Output',
      'Penanggung Jawab',
      'Batas Waktu',
      'Keterangan',
      '30 April 2026',
      'Triwulan III 2026',
    ])
  })

  it('Surat Undangan carries its nomor and the invitees', async () => {
    const text = await lines(undangan(ctx))
    expectInOrder(text, [
      'Kupang, 2 Maret 2026',
      'Nomor',
      '000.1.2/001/DPMPTSP/2026',
      'DAFTAR UNDANGAN',
    ])
  })
})

describe('finalising and verifying', () => {
  it('stores a hash of what the document states; the file verifies, an edited one does not', async () => {
    const model = beritaAcara(ctx)
    const final = await finalDocx(model, styleOf(ctx))
    expect(final.code).toBe(verificationCode(final.hash))
    const reading = await readForVerification(final.bytes)
    expect(reading.hash).toBe(final.hash)
    expect(reading.printedCode).toBe(final.code)

    const changed = demoContext()
    changed.agreements = changed.agreements.map((a) =>
      a.order === 3 ? { ...a, text: `${a.text} dan dilengkapi toilet difabel` } : a,
    )
    const other = await finalDocx(beritaAcara(changed), styleOf(changed))
    expect(other.hash).not.toBe(final.hash)
    const differences = diffLines(final.canonical, other.canonical)
    expect(differences).toContainEqual({ kind: 'removed', line: `3. ${agreements[2]};` })
    expect(differences).toContainEqual({
      kind: 'added',
      line: `3. ${agreements[2]} dan dilengkapi toilet difabel;`,
    })
  })

  it('reads typed codes forgivingly', () => {
    expect(normaliseCode('mfk 7q2d k9xa')).toBe('MFK-7Q2D-K9XA')
    expect(normaliseCode('7Q2DK9XA')).toBe('MFK-7Q2D-K9XA')
  })
})

describe('evidence pack', () => {
  it('names files the way evaluators expect', async () => {
    const built = allDocuments(ctx)
    const documents = await Promise.all(
      built.map(async (b) => ({ built: b, bytes: (await draftDocx(b.model, styleOf(ctx))).bytes })),
    )
    const files = evidencePackFiles(documents, ctx.photos)
    expect(files.map((f) => f.name)).toEqual([
      '01 Berita Acara Kesepakatan.docx',
      '02 Daftar Hadir.docx',
      '03 Notulen.docx',
      '04 Rencana Tindak Lanjut.docx',
      '05 Laporan Pelaksanaan.docx',
      '06 Surat Undangan.docx',
      'Foto/2026-03-09 01 Pembukaan oleh Kepala DPMPTSP Kota Kupang.png',
      'Foto/2026-03-09 02 Diskusi dan tanya jawab bersama peserta.png',
    ])
    expect(Object.keys(unzipSync(zipFiles(files)))).toHaveLength(8)
    expect(documentFileName(1, 'Daftar Hadir Hari 1')).toBe('02 Daftar Hadir Hari 1.docx')
  })
})

describe('pre-flight', () => {
  it('passes the sample forum and names each problem of a broken one', async () => {
    const { preflight } = await import('@shared/documents/preflight')
    expect(preflight(ctx, 'berita_acara')).toEqual([])
    const broken = demoContext()
    const media = new Set(
      broken.participants
        .filter((x) => x.unsur === 'media_massa' || x.unsur === 'instansi_terkait')
        .map((x) => x.id),
    )
    broken.attendance = broken.attendance.filter((a) => !media.has(a.participantId))
    broken.signatories = broken.signatories
      .filter((s) => s.role !== 'perwakilan_peserta')
      .map((s) =>
        s.role === 'mengetahui'
          ? { ...s, wet: false, signaturePng: null, nip: '123456789012345678' }
          : s,
      )
    broken.actionItems = broken.actionItems.map((a, i) =>
      i === 0 ? { ...a, responsibleUnit: '' } : a,
    )
    broken.photos = broken.photos.map((p, i) => (i === 1 ? { ...p, takenOn: null } : p))
    expect(preflight(broken, 'berita_acara').map((p) => p.code)).toEqual([
      'unsur_below_four',
      'signatory_missing',
      'signature_missing',
      'nip_invalid',
      'action_no_responsible',
      'photo_undated',
    ])
    // PEKPPP does not score a workshop: the same list without the unsur warning.
    const workshop = { ...broken, forum: { ...broken.forum, kind: 'workshop' as const } }
    expect(preflight(workshop, 'berita_acara').map((p) => p.code)).not.toContain('unsur_below_four')
  })
})

describe('canonical text', () => {
  it('is the same read from the model as read back from every rendered file', async () => {
    const { modelCanonical } = await import('@shared/documents/canonical')
    const models = [...allDocuments(ctx).map((b) => b.model), notaKesepakatan(demoNotaContext(ctx))]
    for (const model of models) {
      const { canonical } = await draftDocx(model, styleOf(ctx))
      expect(modelCanonical(model), model.title).toBe(canonical)
    }
  })
})

describe('details of tata naskah dinas', () => {
  it('prints a prefix before the position, which ends with a single comma', async () => {
    const acting = demoContext()
    acting.signatories = acting.signatories.map((s) =>
      s.role === 'penyelenggara' ? { ...s, prefix: 'Plt.', position: `${s.position},` } : s,
    )
    const text = await lines(beritaAcara(acting))
    expect(text).toContain(
      'Plt. Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Kupang,',
    )
  })

  it('lists the lines that differ, the final document’s first', () => {
    expect(diffLines('a\nb\nc', 'a\nB\nc')).toEqual([
      { kind: 'removed', line: 'b' },
      { kind: 'added', line: 'B' },
    ])
  })
})

describe('a forum of several days', () => {
  it('makes one daftar hadir per day, all of them in lampiran I', async () => {
    const twoDays = demoContext()
    const second = {
      ...twoDays.forum.days[0]!,
      id: '00000000-0000-4000-8000-999999999999',
      date: '2026-03-10',
    }
    twoDays.forum = {
      ...twoDays.forum,
      endDate: '2026-03-10',
      days: [twoDays.forum.days[0]!, second],
    }
    twoDays.attendance = twoDays.attendance.map((a, i) => (i % 2 ? { ...a, dayId: second.id } : a))
    const built = allDocuments(twoDays)
    expect(built.map((b) => b.model.title).slice(1, 3)).toEqual([
      'Daftar Hadir Hari 1',
      'Daftar Hadir Hari 2',
    ])
    const text = await lines(beritaAcara(twoDays))
    expectInOrder(text, [
      'LAMPIRAN I BERITA ACARA KESEPAKATAN',
      'Senin, 9 Maret 2026',
      'Selasa, 10 Maret 2026',
      'LAMPIRAN II BERITA ACARA KESEPAKATAN',
    ])
    expect(text).toContain(
      'Pada hari ini Selasa tanggal sepuluh bulan Maret tahun dua ribu dua puluh enam, bertempat di Aula Kantor Wali Kota Kupang, telah dilaksanakan Forum Konsultasi Publik Penyusunan Standar Pelayanan Perizinan Berusaha yang diselenggarakan oleh Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Kupang bekerja sama dengan Bagian Organisasi Sekretariat Daerah Kota Kupang dengan dukungan Universitas Nusa Cendana selama 2 (dua) hari, yaitu pada Senin, 9 Maret 2026 pukul 09.00 s.d. 13.00 WITA dan Selasa, 10 Maret 2026 pukul 09.00 s.d. 13.00 WITA, dan dihadiri oleh 30 (tiga puluh) orang peserta dari unsur pengguna layanan, ahli/praktisi/akademisi, instansi terkait, organisasi masyarakat sipil, dan media massa sebagaimana tercantum dalam daftar hadir terlampir.',
    )
  })
})

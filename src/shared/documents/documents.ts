import type { DocumentKind, Unsur } from '../domain/enums'
import { UNSUR_MASYARAKAT } from '../domain/enums'
import type { Forum, ForumDay, InvitationLetter } from '../domain/forum'
import type { Signatory } from '../domain/records'
import { addDaysIso, formatDateId, formatDayDateId, openingDateSentenceId } from '../format/dates'
import { formatNumber } from '../format/numbers'
import { countWithWords } from '../format/terbilang'
import { draftRevision } from '../live/revision'
import {
  countByUnsur,
  presentParticipants,
  signatoriesWithRole,
  signingDay,
  sortedActionItems,
  sortedAgreements,
  type DocumentContext,
} from './context'
import { checkinQr } from './checkin-cards'
import { FORUM_KIND_TEXT } from './forum-kinds'
import { ISSUE_TYPE_LABEL, romanLampiran, UNSUR_LABEL, UNSUR_ORDER } from './labels'
import { bold, cell, p, type Block, type DocumentModel, type SignatureSlot } from './model'
import {
  agreementLines,
  DRAFT_NOMOR,
  joinId,
  headSlot,
  numbered,
  placeDate,
  signatorySlot,
  titleBlock,
  upperDate,
} from './parts'
import {
  daftarHadirBlocks,
  dayTime,
  dokumentasiBlocks,
  factsTable,
  notulenBlocks,
  paragraphs,
  rtlBlocks,
} from './sections'

export const BERITA_ACARA_TITLE = 'Berita Acara Kesepakatan'
export const NOTA_KESEPAKATAN_TITLE = 'Nota Kesepakatan'

/** "Revisi 2" under the nomor once agreements were changed after a first mufakat. */
function revisionLine(ctx: DocumentContext): Block[] {
  const revision = draftRevision(ctx.forum)
  return revision > 1 ? [p(`Revisi ${revision}`, { align: 'center', spaceAfter: true })] : []
}

/** PermenPANRB 14/2017 grades of the IKM. */
function skmGrade(index: number): string {
  if (index >= 88.31) return 'A, Sangat Baik'
  if (index >= 76.61) return 'B, Baik'
  if (index >= 65) return 'C, Kurang Baik'
  return 'D, Tidak Baik'
}

function nomorOf(ctx: DocumentContext, kind: DocumentKind): string {
  return ctx.nomor[kind] ?? DRAFT_NOMOR
}

function unsurList(unsur: Unsur[]): string {
  return joinId(unsur.map((u) => UNSUR_LABEL[u].toLowerCase()))
}

/** "… oleh X bekerja sama dengan Y dan Z dengan dukungan W": every party that held the forum. */
function organisedBy(ctx: DocumentContext): string {
  const { forum, organisation } = ctx
  const parts = [`diselenggarakan oleh ${forum.organiser || organisation.unitName}`]
  const co = forum.coOrganisers.map((x) => x.trim()).filter(Boolean)
  const partners = forum.partners.map((x) => x.trim()).filter(Boolean)
  if (co.length > 0) parts.push(`bekerja sama dengan ${joinId(co)}`)
  if (partners.length > 0) parts.push(`dengan dukungan ${joinId(partners)}`)
  return parts.join(' ')
}

function presentUnsurMasyarakat(ctx: DocumentContext): Unsur[] {
  const counts = countByUnsur(ctx)
  return UNSUR_MASYARAKAT.filter((u) => counts.has(u))
}

/** Signatures of an agreement: penyelenggara and representatives two by two, "Mengetahui" centred. */
function agreementSignatures(ctx: DocumentContext, pihak: boolean): (SignatureSlot | null)[][] {
  const rows: (SignatureSlot | null)[][] = []
  const pairUp = (list: Signatory[]) => {
    for (let i = 0; i < list.length; i += 2) {
      const left = list[i]
      const right = list[i + 1]
      if (left && right) rows.push([signatorySlot(left), signatorySlot(right)])
      else if (left) rows.push([signatorySlot(left)])
    }
  }
  if (pihak) {
    // Tata naskah dinas puts PIHAK KEDUA on the left and PIHAK PERTAMA on the right.
    const kedua = signatoriesWithRole(ctx, 'pihak_kedua')
    const pertama = signatoriesWithRole(ctx, 'pihak_pertama')
    const count = Math.max(kedua.length, pertama.length)
    for (let i = 0; i < count; i++) {
      const left = kedua[i]
      const right = pertama[i]
      rows.push([left ? signatorySlot(left) : null, right ? signatorySlot(right) : null])
    }
  }
  const [penyelenggara, ...morePenyelenggara] = signatoriesWithRole(ctx, 'penyelenggara')
  const wakil = signatoriesWithRole(ctx, 'perwakilan_peserta')
  if (!pihak || penyelenggara || wakil.length > 0) {
    const first = wakil[0]
    if (penyelenggara || first) {
      rows.push([
        first ? signatorySlot(first) : null,
        penyelenggara ? signatorySlot(penyelenggara) : headSlot(ctx),
      ])
    }
    pairUp([...wakil.slice(1), ...morePenyelenggara])
  }
  for (const s of signatoriesWithRole(ctx, 'mengetahui')) rows.push([signatorySlot(s)])
  return rows
}

/**
 * Every day a forum of several days was held on: " selama 2 (dua) hari, yaitu pada Senin, 9 Maret
 * 2026 pukul 09.00 s.d. 13.00 WITA dan Selasa, …,"; '' for a forum of one day.
 */
function heldOn(ctx: DocumentContext): string {
  const { days } = ctx.forum
  if (days.length < 2) return ''
  const samePlace = new Set(days.map((d) => d.place)).size === 1
  const items = days.map(
    (d) =>
      `${formatDayDateId(d.date)} pukul ${dayTime(ctx, d)}${samePlace ? '' : ` bertempat di ${d.place}`}`,
  )
  const list =
    items.length === 2
      ? items.join(' dan ')
      : `${items.slice(0, -1).join('; ')}; dan ${items[items.length - 1]}`
  return ` selama ${countWithWords(days.length)} hari, yaitu pada ${list},`
}

/** The signing day in words; a forum of several days then names each of its days. */
function agreementOpening(ctx: DocumentContext, day: ForumDay): string {
  const { forum } = ctx
  const present = presentParticipants(ctx)
  const unsur = presentUnsurMasyarakat(ctx)
  const from = unsur.length > 0 ? ` dari unsur ${unsurList(unsur)}` : ''
  const days = heldOn(ctx)
  const when = days ? '' : `, pukul ${dayTime(ctx, day)}`
  return (
    `${openingDateSentenceId(day.date)}, bertempat di ${day.place}${when}, ` +
    `telah dilaksanakan ${forum.title} yang ${organisedBy(ctx)}${days} ` +
    `dan dihadiri oleh ${countWithWords(present.length)} orang peserta${from} ` +
    'sebagaimana tercantum dalam daftar hadir terlampir.'
  )
}

interface LampiranPart {
  title: string
  blocks: Block[]
}

function lampiranParts(ctx: DocumentContext): LampiranPart[] {
  const parts: LampiranPart[] = []
  const daftar: Block[] = []
  ctx.forum.days.forEach((day, index) => {
    const blocks = daftarHadirBlocks(ctx, day, ctx.organisation.publicPhones)
    if (index > 0) {
      const [first, ...rest] = blocks
      if (first && first.type === 'paragraph')
        daftar.push({ ...first, pageBreakBefore: true }, ...rest)
    } else {
      daftar.push(...blocks)
    }
  })
  parts.push({ title: 'Daftar Hadir', blocks: daftar })
  parts.push({ title: 'Notulen', blocks: notulenBlocks(ctx) })
  if (ctx.actionItems.length > 0)
    parts.push({ title: 'Rencana Tindak Lanjut', blocks: rtlBlocks(ctx) })
  if (ctx.photos.length > 0) parts.push({ title: 'Dokumentasi', blocks: dokumentasiBlocks(ctx) })
  return parts
}

/** "LAMPIRAN I BERITA ACARA KESEPAKATAN" / "NOMOR : …" / "TANGGAL : …" above each lampiran. */
export function lampiranHeader(
  index: number,
  documentTitle: string,
  nomor: string,
  isoDate: string,
): Block {
  return {
    type: 'lampiran',
    lines: [
      `LAMPIRAN ${romanLampiran(index)} ${documentTitle.toUpperCase()}`,
      `NOMOR : ${nomor}`,
      `TANGGAL : ${upperDate(isoDate)}`,
    ],
  }
}

function withLampiran(
  ctx: DocumentContext,
  documentTitle: string,
  nomor: string,
  parts: LampiranPart[],
): Block[] {
  const date = signingDay(ctx.forum).date
  return parts.flatMap((part, index) => {
    const header = lampiranHeader(index, documentTitle, nomor, date)
    // The header goes on the first page of its lampiran, landscape or not.
    return [part.blocks[0]?.landscape ? { ...header, landscape: true } : header, ...part.blocks]
  })
}

function lampiranList(parts: LampiranPart[]): string {
  return parts.map((part, i) => `Lampiran ${romanLampiran(i)}: ${part.title}`).join('; ')
}

export function beritaAcara(ctx: DocumentContext): DocumentModel {
  const { forum, organisation } = ctx
  const title = forum.documentTitle || BERITA_ACARA_TITLE
  const nomor = nomorOf(ctx, 'berita_acara')
  const day = signingDay(forum)
  const parts = lampiranParts(ctx)
  const year = day.date.slice(0, 4)
  const blocks: Block[] = [
    ...titleBlock([title, forum.title, organisation.unitName, `Tahun ${year}`], nomor),
    ...revisionLine(ctx),
    p(agreementOpening(ctx, day), { indent: true, spaceAfter: true }),
    p(
      'Setelah dilakukan pembahasan secara musyawarah untuk mufakat, disepakati hal-hal sebagai berikut:',
      {
        indent: true,
        keepNext: true,
      },
    ),
    ...numbered(agreementLines(sortedAgreements(ctx).map((a) => a.text))),
    p(
      `Rincian masukan, pembahasan, dan rencana aksi tercantum dalam lampiran (${lampiranList(parts)}) yang merupakan bagian tidak terpisahkan dari ${title} ini.`,
      { indent: true, spaceAfter: true },
    ),
    p(
      `Demikian ${title} ini dibuat dengan sebenarnya untuk dapat dipergunakan sebagaimana mestinya.`,
      {
        indent: true,
        keepNext: true,
      },
    ),
    { type: 'signatures', placeDate: placeDate(ctx), rows: agreementSignatures(ctx, false) },
    ...withLampiran(ctx, title, nomor, parts),
  ]
  return { kind: 'berita_acara', title, nomor, blocks }
}

export function notaKesepakatan(ctx: DocumentContext): DocumentModel {
  const { forum, organisation } = ctx
  const title = forum.documentTitle || NOTA_KESEPAKATAN_TITLE
  const nomor = nomorOf(ctx, 'nota_kesepakatan')
  const day = signingDay(forum)
  const pertama = signatoriesWithRole(ctx, 'pihak_pertama')
  const kedua = signatoriesWithRole(ctx, 'pihak_kedua')
  const pihak = pertama.length > 0 && kedua.length > 0
  const parts = lampiranParts(ctx)
  const titleLines = pihak
    ? [
        title,
        forum.title,
        'antara',
        ...pertama.map((s) => s.institution || s.position),
        'dengan',
        ...kedua.map((s) => s.institution || s.position),
      ]
    : [title, forum.title, organisation.unitName]
  const blocks: Block[] = [...titleBlock(titleLines, nomor), ...revisionLine(ctx)]
  if (pihak) {
    blocks.push(
      p(
        `${openingDateSentenceId(day.date)}, bertempat di ${day.place}, kami yang bertanda tangan di bawah ini:`,
        {
          indent: true,
          spaceAfter: true,
        },
      ),
    )
    const party = (s: Signatory, label: string, last: boolean) =>
      p(
        [
          { text: s.name, bold: true },
          {
            text: `, ${s.position}${s.institution && !s.position.includes(s.institution) ? ` ${s.institution}` : ''}, selanjutnya disebut `,
          },
          { text: label, bold: true },
          { text: last ? '.' : ';' },
        ],
        { label: '', spaceAfter: true },
      )
    const listed = [
      ...pertama.map((s) => ({ s, label: 'PIHAK PERTAMA' })),
      ...kedua.map((s) => ({ s, label: 'PIHAK KEDUA' })),
    ]
    listed.forEach(({ s, label }, index) =>
      blocks.push({ ...party(s, label, index === listed.length - 1), label: `${index + 1}.` }),
    )
    blocks.push(
      p(
        `PIHAK PERTAMA dan PIHAK KEDUA, dalam ${forum.title} yang ${organisedBy(ctx)}${heldOn(ctx)} dan dihadiri oleh ${countWithWords(presentParticipants(ctx).length)} orang peserta sebagaimana tercantum dalam daftar hadir terlampir, setelah melakukan pembahasan secara musyawarah untuk mufakat, menyepakati hal-hal sebagai berikut:`,
        { indent: true, keepNext: true },
      ),
    )
  } else {
    blocks.push(
      p(agreementOpening(ctx, day), { indent: true, spaceAfter: true }),
      p(
        'Setelah dilakukan pembahasan secara musyawarah untuk mufakat, disepakati hal-hal sebagai berikut:',
        {
          indent: true,
          keepNext: true,
        },
      ),
    )
  }
  blocks.push(
    ...numbered(agreementLines(sortedAgreements(ctx).map((a) => a.text))),
    p(
      `Rincian masukan, pembahasan, dan rencana aksi tercantum dalam lampiran (${lampiranList(parts)}) yang merupakan bagian tidak terpisahkan dari ${title} ini.`,
      { indent: true, spaceAfter: true },
    ),
    p(
      `Demikian ${title} ini dibuat dengan sebenarnya untuk dapat dipergunakan sebagaimana mestinya.`,
      {
        indent: true,
        keepNext: true,
      },
    ),
    { type: 'signatures', placeDate: placeDate(ctx), rows: agreementSignatures(ctx, pihak) },
    ...withLampiran(ctx, title, nomor, parts),
  )
  return { kind: 'nota_kesepakatan', title, nomor, blocks }
}

export function daftarHadir(ctx: DocumentContext, dayIndex: number): DocumentModel {
  const day = ctx.forum.days[dayIndex]
  if (!day) throw new RangeError(`daftarHadir: no day ${dayIndex + 1}`)
  const suffix = ctx.forum.days.length > 1 ? ` Hari ${dayIndex + 1}` : ''
  return {
    kind: 'daftar_hadir',
    title: `Daftar Hadir${suffix}`,
    nomor: '',
    blocks: daftarHadirBlocks(ctx, day),
  }
}

export function notulen(ctx: DocumentContext): DocumentModel {
  return { kind: 'notulen', title: 'Notulen', nomor: '', blocks: notulenBlocks(ctx) }
}

export function rencanaTindakLanjut(ctx: DocumentContext): DocumentModel {
  return { kind: 'rtl', title: 'Rencana Tindak Lanjut', nomor: '', blocks: rtlBlocks(ctx) }
}

function participantsTable(ctx: DocumentContext): Block {
  const counts = countByUnsur(ctx)
  const rows = UNSUR_ORDER.filter((u) => counts.has(u)).map((u, index) => {
    const c = counts.get(u)!
    return [
      cell(String(index + 1), { align: 'center' }),
      cell(UNSUR_LABEL[u]),
      cell(String(c.l), { align: 'center' }),
      cell(String(c.p), { align: 'center' }),
      cell(String(c.l + c.p), { align: 'center' }),
    ]
  })
  const total = [...counts.values()].reduce((sum, c) => ({ l: sum.l + c.l, p: sum.p + c.p }), {
    l: 0,
    p: 0,
  })
  rows.push([
    cell([bold('Jumlah', { align: 'center' })], { span: 2 }),
    cell([bold(String(total.l), { align: 'center' })]),
    cell([bold(String(total.p), { align: 'center' })]),
    cell([bold(String(total.l + total.p), { align: 'center' })]),
  ])
  const header = ['No', 'Unsur', 'L', 'P', 'Jumlah'].map((label) =>
    cell([bold(label, { align: 'center' })], { shaded: true }),
  )
  return {
    type: 'table',
    widths: [8, 50, 14, 14, 14],
    header: [header],
    rows,
    borders: true,
    size: 'small',
    rowsCantSplit: true,
  }
}

function issuesTable(ctx: DocumentContext): Block {
  const types = Object.keys(ISSUE_TYPE_LABEL) as (keyof typeof ISSUE_TYPE_LABEL)[]
  const live = ctx.issues.filter((i) => !i.mergedIntoId)
  const rows = types.map((type, index) => [
    cell(String(index + 1), { align: 'center' }),
    cell(ISSUE_TYPE_LABEL[type]),
    cell(String(live.filter((i) => i.type === type).length), { align: 'center' }),
  ])
  rows.push([
    cell([bold('Jumlah', { align: 'center' })], { span: 2 }),
    cell([bold(String(live.length), { align: 'center' })]),
  ])
  return {
    type: 'table',
    widths: [8, 62, 30],
    header: [
      ['No', 'Jenis Masukan', 'Jumlah'].map((l) =>
        cell([bold(l, { align: 'center' })], { shaded: true }),
      ),
    ],
    rows,
    borders: true,
    size: 'small',
    rowsCantSplit: true,
  }
}

/** Who led the forum, in whole sentences: a role left empty is left out, never printed as a gap. */
function courseOfForum(ctx: DocumentContext): string {
  const { pimpinan, moderator, narasumber } = ctx.forum
  const lead = pimpinan.name.trim()
    ? `Forum dipimpin oleh ${[pimpinan.name.trim(), pimpinan.position.trim()].filter(Boolean).join(', ')}`
    : ''
  const guide = moderator.name.trim()
  const sentences: string[] = []
  if (lead && guide) sentences.push(`${lead}, dengan moderator ${guide}.`)
  else if (lead) sentences.push(`${lead}.`)
  else if (guide) sentences.push(`Forum dipandu oleh moderator ${guide}.`)
  const speakers = narasumber.map((n) => n.name.trim()).filter(Boolean)
  if (speakers.length > 0) sentences.push(`Narasumber: ${speakers.join('; ')}.`)
  sentences.push('Rincian jalannya forum tercantum dalam notulen terlampir.')
  return sentences.join(' ')
}

export function laporan(ctx: DocumentContext): DocumentModel {
  const { forum, organisation } = ctx
  const nomor = nomorOf(ctx, 'laporan')
  const day = signingDay(forum)
  const present = presentParticipants(ctx)
  const unsur = presentUnsurMasyarakat(ctx)
  const baTitle =
    forum.documentTitle || (forum.kind === 'fkp' ? BERITA_ACARA_TITLE : NOTA_KESEPAKATAN_TITLE)
  const baKind = forum.kind === 'fkp' ? 'berita_acara' : 'nota_kesepakatan'
  const actions = sortedActionItems(ctx)
  const skm = forum.skm
  const kindText = FORUM_KIND_TEXT[forum.kind]
  const topic = forum.topic || forum.title
  const legalBasis = forum.legalBasis.length > 0 ? forum.legalBasis : kindText.legalBasis
  const background = [
    `${kindText.background} ${organisation.unitName} menyelenggarakan ${forum.title} untuk membahas ${topic}.`,
  ]
  if (skm) {
    background.push(
      `Hasil Survei Kepuasan Masyarakat periode ${skm.period} menunjukkan Indeks Kepuasan Masyarakat sebesar ${formatNumber(skm.index, 2)} (mutu ${skmGrade(skm.index)}); hasil tersebut menjadi bahan pembahasan dalam forum.`,
    )
  }
  const timeline = forum.days.map(
    (d) => `${formatDayDateId(d.date)}, pukul ${dayTime(ctx, d)}, bertempat di ${d.place}`,
  )
  const blocks: Block[] = [
    ...titleBlock(
      ['Laporan Pelaksanaan', forum.title, organisation.unitName, `Tahun ${day.date.slice(0, 4)}`],
      nomor,
    ),
    bold('BAB I PENDAHULUAN', { keepNext: true, spaceAfter: true }),
    bold('A. Latar Belakang', { keepNext: true }),
    ...paragraphs(background),
    bold('B. Dasar Hukum', { keepNext: true }),
    ...numbered(legalBasis.map((text, i, all) => `${text}${i === all.length - 1 ? '.' : ';'}`)),
    bold('C. Maksud dan Tujuan', { keepNext: true }),
    ...paragraphs([forum.purpose || kindText.purpose(topic)]),
    bold('BAB II PELAKSANAAN', { keepNext: true, spaceAfter: true, pageBreakBefore: false }),
    bold('A. Waktu dan Tempat', { keepNext: true }),
    ...numbered(timeline),
    bold('B. Peserta', { keepNext: true }),
    ...paragraphs([
      `Forum dihadiri oleh ${countWithWords(present.length)} orang peserta. ${
        unsur.length > 0
          ? `Unsur masyarakat yang hadir sebanyak ${countWithWords(unsur.length)} unsur, yaitu ${unsurList(unsur)}, dengan rincian sebagai berikut:`
          : 'Tidak ada unsur masyarakat yang hadir; rincian peserta sebagai berikut:'
      }`,
    ]),
    participantsTable(ctx),
    bold('C. Jalannya Forum', { keepNext: true }),
    ...paragraphs([courseOfForum(ctx)]),
    bold('BAB III HASIL', { keepNext: true, spaceAfter: true }),
    bold('A. Masukan Peserta', { keepNext: true }),
    issuesTable(ctx),
    bold('B. Kesepakatan', { keepNext: true }),
    p(`Kesepakatan dituangkan dalam ${baTitle} Nomor ${nomorOf(ctx, baKind)} sebagai berikut:`, {
      keepNext: true,
    }),
    ...numbered(agreementLines(sortedAgreements(ctx).map((a) => a.text))),
    bold('C. Rencana Aksi', { keepNext: true }),
    ...paragraphs([
      `Kesepakatan ditindaklanjuti dengan ${countWithWords(actions.length)} rencana aksi yang masing-masing memiliki penanggung jawab dan batas waktu, sebagaimana tercantum dalam lampiran Rencana Tindak Lanjut.`,
    ]),
    bold('BAB IV PENUTUP', { keepNext: true, spaceAfter: true }),
    ...paragraphs([
      `Demikian laporan pelaksanaan ${forum.title} ini disusun sebagai bahan pertanggungjawaban dan bahan evaluasi penyelenggaraan pelayanan publik. Pelaksanaan rencana aksi akan dipantau dan dilaporkan secara berkala kepada masyarakat.`,
    ]),
    { type: 'signatures', placeDate: placeDate(ctx), rows: [[null, headSlot(ctx)]] },
  ]
  const agreement = baKind === 'berita_acara' ? beritaAcara(ctx) : notaKesepakatan(ctx)
  const firstLampiran = agreement.blocks.findIndex((b) => b.type === 'lampiran')
  const lampiran: LampiranPart[] = [
    {
      title: baTitle,
      blocks: agreement.blocks.slice(0, firstLampiran < 0 ? undefined : firstLampiran),
    },
    ...lampiranParts(ctx),
  ]
  blocks.push(...withLampiran(ctx, 'Laporan Pelaksanaan', nomor, lampiran))
  return { kind: 'laporan', title: 'Laporan Pelaksanaan', nomor, blocks }
}

export interface UndanganDetails {
  issuedOn: string
  sifat: string
  lampiran: string
  hal: string
}

/** What the letter states when the secretariat edited nothing: dated a week before the forum. */
export function undanganDefaults(forum: Forum): UndanganDetails {
  return {
    issuedOn: addDaysIso(forum.startDate, -7),
    sifat: 'Penting',
    lampiran: '1 (satu) berkas',
    hal: `Undangan ${forum.title}`,
  }
}

/**
 * The invitation letter, with the list of invitees as its lampiran. Its date, sifat, lampiran and
 * hal are the forum's edited ones; an empty one takes the default.
 */
export function undangan(
  ctx: DocumentContext,
  edited: Partial<InvitationLetter> = ctx.forum.invitation ?? {},
): DocumentModel {
  const { forum, organisation } = ctx
  const defaults = undanganDefaults(forum)
  const issuedOn = edited.issuedOn || defaults.issuedOn
  const nomor = nomorOf(ctx, 'undangan')
  const invited = ctx.participants.filter((x) => x.invited)
  const people = new Map(ctx.people.map((x) => [x.id, x]))
  const blocks: Block[] = [
    p(`${organisation.city}, ${formatDateId(issuedOn)}`, { align: 'right', spaceAfter: true }),
    factsTable([
      { label: 'Nomor', value: nomor },
      { label: 'Sifat', value: edited.sifat || defaults.sifat },
      { label: 'Lampiran', value: edited.lampiran || defaults.lampiran },
      { label: 'Hal', value: edited.hal || defaults.hal },
    ]),
    p('Yth. Bapak/Ibu Peserta (daftar terlampir)'),
    p('di Tempat', { spaceAfter: true }),
    ...paragraphs([
      `Dalam rangka ${forum.purpose ? forum.purpose.charAt(0).toLowerCase() + forum.purpose.slice(1).replace(/\.$/, '') : `membahas ${forum.topic || forum.title}`}, ${organisation.unitName} akan menyelenggarakan ${forum.title}. Sehubungan dengan hal tersebut, kami mengundang Bapak/Ibu untuk hadir pada:`,
    ]),
    factsTable(
      forum.days
        .flatMap((d) => [
          { label: 'Hari/Tanggal', value: formatDayDateId(d.date) },
          { label: 'Waktu', value: dayTime(ctx, d) },
          { label: 'Tempat', value: d.place },
        ])
        .concat([{ label: 'Acara', value: forum.topic || forum.title }]),
    ),
    ...paragraphs([
      'Mengingat pentingnya acara tersebut, kami mengharapkan kehadiran Bapak/Ibu tepat waktu. Atas perhatian dan kehadiran Bapak/Ibu, kami ucapkan terima kasih.',
    ]),
    { type: 'signatures', placeDate: '', rows: [[null, headSlot(ctx)]] },
    lampiranHeader(0, 'Surat Undangan', nomor, issuedOn),
    ...titleBlock(['Daftar Undangan', forum.title]),
    {
      type: 'table',
      widths: [7, 30, 35, 16, 12],
      header: [
        ['No', 'Nama', 'Instansi/Jabatan', 'Unsur', 'Kode Hadir'].map((l) =>
          cell([bold(l, { align: 'center' })], { shaded: true }),
        ),
      ],
      rows: invited.map((x, i) => {
        const person = people.get(x.personId)
        return [
          cell(String(i + 1), { align: 'center' }),
          cell(person?.name ?? ''),
          cell([person?.institution, person?.position].filter(Boolean).join(' / ')),
          cell(UNSUR_LABEL[x.unsur]),
          // Scanned at the desk, the invitee goes straight to signing.
          cell('', { image: { ref: checkinQr(x.id), widthCm: 1.5, maxHeightCm: 1.5 } }),
        ]
      }),
      borders: true,
      size: 'small',
      rowsCantSplit: true,
    },
  ]
  return { kind: 'undangan', title: 'Surat Undangan', nomor, blocks }
}

export interface BuiltDocument {
  /** Stable key, also the evidence-pack order. */
  key: string
  model: DocumentModel
}

/** Every document of a forum, in the order evaluators read them. */
export function allDocuments(ctx: DocumentContext): BuiltDocument[] {
  const agreement = ctx.forum.kind === 'fkp' ? beritaAcara(ctx) : notaKesepakatan(ctx)
  return [
    { key: agreement.kind, model: agreement },
    ...ctx.forum.days.map((_, i) => ({ key: `daftar_hadir_${i + 1}`, model: daftarHadir(ctx, i) })),
    { key: 'notulen', model: notulen(ctx) },
    { key: 'rtl', model: rencanaTindakLanjut(ctx) },
    { key: 'laporan', model: laporan(ctx) },
    { key: 'undangan', model: undangan(ctx) },
  ]
}

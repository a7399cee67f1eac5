import type { ForumDay } from '../domain/forum'
import type { PublicPhones } from '../domain/organisation'
import {
  formatDateId,
  formatDayDateId,
  formatTimeId,
  formatTimeRangeId,
  instantTimeIso,
  minutesToTime,
  timeToMinutes,
  todayIso,
} from '../format/dates'
import { countWithWords } from '../format/terbilang'
import {
  attendeesOfDay,
  countByUnsur,
  personIndex,
  presentParticipants,
  signatoriesWithRole,
  sortedActionItems,
  sortedAgreements,
  type DocumentContext,
} from './context'
import { ISSUE_TYPE_LABEL, UNSUR_LABEL, UNSUR_ORDER } from './labels'
import {
  bold,
  cell,
  inLandscape,
  p,
  type Block,
  type Cell,
  type ParagraphBlock,
  type TableBlock,
} from './model'
import {
  agreementLines,
  headSlot,
  imageFromDataUrl,
  numbered,
  officialSlot,
  placeDate,
  signatorySlot,
  titleBlock,
} from './parts'
import { readImageInfo } from './png'

// The parts that appear both as documents of their own and as lampiran of the berita acara.

const WALK_IN_ROWS = 5
/** The closing section of "Jalannya Rapat" for what was raised outside any agenda item. */
export const OTHER_ISSUES_TITLE = 'Lain-lain'
/** Cells longer than this may split across pages; shorter rows are kept whole. */
const LONG_ROW_CHARS = 1200

function headerRow(labels: string[]): Cell[] {
  return labels.map((label) => cell([bold(label, { align: 'center' })], { shaded: true }))
}

function isShortRow(row: Cell[]): boolean {
  const chars = row
    .flatMap((c) => c.paragraphs)
    .reduce((sum, para) => sum + para.runs.reduce((s, r) => s + r.text.length, 0), 0)
  return chars < LONG_ROW_CHARS
}

export function table(
  widths: number[],
  header: Cell[][],
  rows: Cell[][],
  size: TableBlock['size'] = 'small',
): TableBlock {
  return {
    type: 'table',
    widths,
    header,
    rows,
    borders: true,
    size,
    rowsCantSplit: rows.every(isShortRow),
  }
}

/** Label : value lines without borders (the header of a notulen, the details of an invitation). */
export function factsTable(facts: { label: string; value: string }[]): TableBlock {
  return {
    type: 'table',
    widths: [28, 3, 69],
    header: [],
    rows: facts.map(({ label, value }) => [cell(label), cell(':'), cell(value)]),
    borders: false,
    rowsCantSplit: true,
  }
}

/** "0812 4611 8340": grouped as people read numbers aloud, and so it wraps cleanly in a cell. */
export function phoneGroups(phone: string): string {
  const plain = phone.replace(/\s+/g, '')
  if (!/^\+?\d{8,}$/.test(plain)) return phone
  const [, lead = '', rest = ''] = /^(\+?\d{4})(\d*)$/.exec(plain) ?? []
  return [lead, ...(rest.match(/\d{1,4}/g) ?? [])].join(' ')
}

/** "0812 **** *340": enough to tell two people apart, too little to call anyone. */
export function maskPhone(phone: string): string {
  const grouped = phoneGroups(phone)
  const digits = grouped.replace(/\D/g, '').length
  let seen = 0
  return grouped.replace(/\d/g, (digit) => {
    seen += 1
    return seen <= 4 || seen > digits - 3 ? digit : '*'
  })
}

/** How a daftar hadir prints phone numbers: all of them inside the unit, a public copy per profile. */
export type PhoneColumn = 'show' | PublicPhones

export function dayTime(ctx: DocumentContext, day: ForumDay): string {
  return formatTimeRangeId(day.start, day.end, ctx.organisation.timeZone)
}

/**
 * Daftar hadir of one day: signatures staggered, odd numbers left and even right. A copy attached
 * to a published document leaves phone numbers out, or masks them (UU 27/2022).
 */
export function daftarHadirBlocks(
  ctx: DocumentContext,
  day: ForumDay,
  phones: PhoneColumn = 'show',
): Block[] {
  const attendees = attendeesOfDay(ctx, day)
  const phoneCell = (phone: string) =>
    phones === 'omit' ? [] : [cell(phones === 'mask' ? maskPhone(phone) : phoneGroups(phone))]
  const rows: Cell[][] = attendees.map(({ number, person, participant, attendance }) => {
    const signature = imageFromDataUrl(attendance.signaturePng)
    const mark = cell(`${number}.`)
    const sign: Cell = signature ? { ...mark, image: { ref: signature, widthCm: 1.5 } } : mark
    const institution = [person.institution, person.position].filter(Boolean).join(' / ')
    const odd = number % 2 === 1
    return [
      cell(String(number), { align: 'center' }),
      cell(person.name),
      cell(person.gender, { align: 'center' }),
      cell(UNSUR_LABEL[participant.unsur]),
      cell(institution),
      ...phoneCell(person.phone),
      odd ? sign : cell(''),
      odd ? cell('') : sign,
    ]
  })
  for (let i = 1; i <= WALK_IN_ROWS; i++) {
    const number = attendees.length + i
    const blank = [
      cell(String(number), { align: 'center' }),
      ...Array.from({ length: phones === 'omit' ? 4 : 5 }, () => cell(' ')),
    ]
    rows.push(
      number % 2 === 1
        ? [...blank, cell(`${number}.`), cell('')]
        : [...blank, cell(''), cell(`${number}.`)],
    )
  }
  const header = [
    ...[
      'No',
      'Nama',
      'L/P',
      'Unsur',
      'Instansi/Jabatan',
      ...(phones === 'omit' ? [] : ['No. HP']),
    ].map((label) => cell([bold(label, { align: 'center' })], { shaded: true })),
    cell([bold('Tanda Tangan', { align: 'center' })], { shaded: true, span: 2 }),
  ]
  return [
    ...titleBlock(['Daftar Hadir', ctx.forum.title]),
    factsTable([
      { label: 'Hari/Tanggal', value: formatDayDateId(day.date) },
      { label: 'Waktu', value: dayTime(ctx, day) },
      { label: 'Tempat', value: day.place },
    ]),
    table(
      phones === 'omit' ? [4.5, 24, 4.5, 17, 28, 11, 11] : [4.5, 20, 4.5, 16, 23, 13, 9.5, 9.5],
      [header],
      rows,
      'tiny',
    ),
    {
      type: 'signatures',
      placeDate: placeDate(ctx, day.date),
      rows: [[null, headSlot(ctx)]],
    },
  ]
}

function actualRange(ctx: DocumentContext, start: string | null, end: string | null): string {
  if (!start || !end) return ''
  const zone = ctx.organisation.timeZone
  return formatTimeRangeId(instantTimeIso(start, zone), instantTimeIso(end, zone), zone)
}

/**
 * The time an agenda item prints in the Notulen, saying which kind it is: the actual times when it
 * was run on its own day; those times with the date they were taken when it was run on another day
 * (a run started by mistake on a later date); the planned times, marked as planned, when it was
 * never run. A Notulen thus never passes a plan or another day's clock off as the meeting's own.
 */
export function agendaItemTime(ctx: DocumentContext, item: DocumentContext['agendaItems'][number]) {
  const zone = ctx.organisation.timeZone
  const actual = actualRange(ctx, item.actualStart, item.actualEnd)
  if (actual) {
    const day = ctx.forum.days.find((d) => d.id === item.dayId)
    const ranOn = todayIso(new Date(item.actualStart!), zone)
    return day && ranOn !== day.date ? `${actual} (dicatat pada ${formatDateId(ranOn)})` : actual
  }
  const plannedEnd = minutesToTime(timeToMinutes(item.plannedStart) + item.durationMin)
  return `${formatTimeRangeId(item.plannedStart, plannedEnd, zone)} (rencana)`
}

function speakerNames(ctx: DocumentContext, ids: string[]): string {
  const people = personIndex(ctx)
  const participants = new Map(ctx.participants.map((x) => [x.id, x]))
  return ids
    .map((id) => people.get(participants.get(id)?.personId ?? '')?.name ?? '')
    .filter(Boolean)
    .join('; ')
}

function unsurSummary(ctx: DocumentContext): string[] {
  const counts = countByUnsur(ctx)
  return UNSUR_ORDER.filter((u) => counts.has(u)).map((u) => {
    const c = counts.get(u)!
    return `${UNSUR_LABEL[u]}: ${countWithWords(c.l + c.p)} orang`
  })
}

/**
 * When the meeting closed: the latest actual end of the last day's agenda, on the organisation's
 * clock; the planned end when the agenda was not run, or was run on another date than the day's.
 */
export function closingTime(ctx: DocumentContext, day: ForumDay): string {
  const zone = ctx.organisation.timeZone
  const ends = ctx.agendaItems
    .filter((item) => item.dayId === day.id && item.actualEnd)
    .map((item) => item.actualEnd!)
    .filter((end) => todayIso(new Date(end), zone) === day.date)
    .sort((a, b) => Date.parse(a) - Date.parse(b))
  const last = ends[ends.length - 1]
  return last ? instantTimeIso(last, zone) : day.end
}

/** Notulen: header table, agenda with actual times, the course of the meeting, conclusions. */
export function notulenBlocks(ctx: DocumentContext): Block[] {
  const { forum } = ctx
  const tz = ctx.organisation.timeZone
  const people = personIndex(ctx)
  const participants = new Map(ctx.participants.map((x) => [x.id, x]))
  const lastDay = forum.days[forum.days.length - 1]!
  const present = presentParticipants(ctx)
  const days = forum.days.map((d) => formatDayDateId(d.date)).join('; ')
  const times = forum.days.map((d) => dayTime(ctx, d)).join('; ')
  const places = [...new Set(forum.days.map((d) => d.place))].join('; ')
  const agenda = [...ctx.agendaItems].sort((a, b) =>
    a.dayId === b.dayId
      ? a.order - b.order
      : forum.days.findIndex((d) => d.id === a.dayId) -
        forum.days.findIndex((d) => d.id === b.dayId),
  )
  const blocks: Block[] = [
    ...titleBlock(['Notulen', forum.title]),
    factsTable([
      { label: 'Hari/Tanggal', value: days },
      { label: 'Waktu', value: times },
      { label: 'Tempat', value: places },
      { label: 'Acara/Topik', value: forum.topic || forum.title },
      { label: 'Pimpinan Rapat', value: forum.pimpinan.name },
      { label: 'Moderator', value: forum.moderator.name },
      {
        label: 'Narasumber',
        value: forum.narasumber.map((n, i) => `${i + 1}. ${n.name}`).join('\n'),
      },
      { label: 'Notulis', value: forum.notulis.name },
      {
        label: 'Jumlah Peserta',
        value: [
          `${countWithWords(present.length)} orang, terdiri atas:`,
          ...unsurSummary(ctx),
        ].join('\n'),
      },
    ]),
    bold('A. Susunan Acara', { keepNext: true }),
    table(
      [6, 24, 40, 30],
      [headerRow(['No', 'Waktu', 'Acara', 'Keterangan'])],
      agenda.map((item, index) => [
        cell(String(index + 1), { align: 'center' }),
        cell(agendaItemTime(ctx, item)),
        cell(item.title),
        cell(speakerNames(ctx, item.speakerIds)),
      ]),
    ),
    bold('B. Jalannya Rapat', { keepNext: true }),
  ]
  const agendaIds = new Set(agenda.map((item) => item.id))
  const issuesByItem = new Map<string, typeof ctx.issues>()
  for (const issue of [...ctx.issues].sort((a, b) => a.seq - b.seq)) {
    if (issue.mergedIntoId) continue
    // Raised while no item ran, or under an item since removed: still part of the record.
    const key = issue.agendaItemId && agendaIds.has(issue.agendaItemId) ? issue.agendaItemId : ''
    issuesByItem.set(key, [...(issuesByItem.get(key) ?? []), issue])
  }
  const issueBlocks = (issues: typeof ctx.issues) =>
    issues.flatMap((issue, n) => {
      const participant = issue.raiserParticipantId
        ? participants.get(issue.raiserParticipantId)
        : undefined
      const person = participant ? people.get(participant.personId) : undefined
      const who = person
        ? `${person.name} (${UNSUR_LABEL[participant!.unsur]}${person.institution ? `, ${person.institution}` : ''})`
        : 'Peserta tanpa nama'
      const out: Block[] = [
        p(
          [
            { text: `${who}, ${ISSUE_TYPE_LABEL[issue.type].toLowerCase()}: `, bold: true },
            { text: issue.text },
          ],
          { label: `${String.fromCharCode(97 + (n % 26))}.`, level: 1 },
        ),
      ]
      if (issue.answer) {
        out.push(
          p([{ text: 'Tanggapan: ', italic: true }, { text: issue.answer }], {
            level: 2,
            spaceAfter: true,
          }),
        )
      }
      return out
    })
  agenda.forEach((item, index) => {
    const range = agendaItemTime(ctx, item)
    blocks.push(
      p([{ text: `${item.title}${range ? ` (${range})` : ''}`, bold: true }], {
        label: `${index + 1}.`,
        keepNext: true,
      }),
    )
    for (const para of item.notes.split(/\n+/).filter((x) => x.trim())) {
      blocks.push(p(para.trim(), { level: 1, spaceAfter: true }))
    }
    blocks.push(...issueBlocks(issuesByItem.get(item.id) ?? []))
  })
  const others = issuesByItem.get('') ?? []
  if (others.length > 0) {
    blocks.push(
      p([{ text: OTHER_ISSUES_TITLE, bold: true }], {
        label: `${agenda.length + 1}.`,
        keepNext: true,
      }),
      ...issueBlocks(others),
    )
  }
  blocks.push(
    bold('C. Kesimpulan', { keepNext: true }),
    p('Forum menyepakati hal-hal sebagai berikut:', { keepNext: true }),
    ...numbered(agreementLines(sortedAgreements(ctx).map((a) => a.text)), { level: 1 }),
  )
  blocks.push(
    p(`Rapat ditutup pada pukul ${formatTimeId(closingTime(ctx, lastDay), tz)}.`, {
      spaceAfter: true,
    }),
  )
  const pimpinan = signatoriesWithRole(ctx, 'pimpinan_rapat')[0]
  const notulis = signatoriesWithRole(ctx, 'notulis')[0]
  blocks.push({
    type: 'signatures',
    placeDate: placeDate(ctx, lastDay.date),
    rows: [
      [
        pimpinan
          ? signatorySlot(pimpinan)
          : officialSlot(forum.pimpinan, ['Mengetahui,', 'Pimpinan Rapat,']),
        notulis ? signatorySlot(notulis) : officialSlot(forum.notulis, ['Notulis,']),
      ],
    ],
  })
  return blocks
}

function deadlineText(item: { deadline: string | null; deadlineLabel: string }): string {
  if (item.deadlineLabel) return item.deadlineLabel
  return item.deadline ? formatDateId(item.deadline) : ''
}

/** Lampiran Rencana Tindak Lanjut, signed by the head of the unit. */
export function rtlBlocks(ctx: DocumentContext): Block[] {
  const agreements = sortedAgreements(ctx)
  const issues = new Map(ctx.issues.map((i) => [i.id, i]))
  const rows = sortedActionItems(ctx).map((item, index) => {
    const agreementNumber = agreements.findIndex((a) => a.id === item.agreementId) + 1
    const masukan = item.issueIds
      .map((id) => issues.get(id))
      .filter((i) => i !== undefined)
      .map((i) => `#${i.seq} ${i.theme || i.tag || i.text} (${ISSUE_TYPE_LABEL[i.type]})`)
    const plan = agreementNumber > 0 ? `Kesepakatan ${agreementNumber}: ${item.plan}` : item.plan
    const responsible = [item.responsibleUnit, item.responsiblePerson].filter(Boolean).join('\n')
    const note =
      item.involvedParties.length > 0 ? `Pihak terkait: ${item.involvedParties.join('; ')}` : ''
    return [
      cell(String(index + 1), { align: 'center' }),
      cell(masukan.join('\n') || '-'),
      cell(plan),
      cell(item.target || '-'),
      cell(responsible || '-'),
      cell(deadlineText(item) || '-'),
      cell(note),
    ]
  })
  // Seven columns of running text: a portrait page would break words inside the cells.
  return inLandscape([
    ...titleBlock(['Rencana Tindak Lanjut', ctx.forum.title]),
    table(
      [5, 19, 19, 16, 15, 11, 15],
      [
        headerRow([
          'No',
          'Masukan/ Permasalahan',
          'Kesepakatan/ Rencana Aksi',
          'Target/ Output',
          'Penanggung Jawab',
          'Batas Waktu',
          'Keterangan',
        ]),
      ],
      rows,
      'tiny',
    ),
    { type: 'signatures', placeDate: placeDate(ctx), rows: [[null, headSlot(ctx)]] },
  ])
}

/** Dated photos of the forum ("Foto Kegiatan"). */
export function dokumentasiBlocks(ctx: DocumentContext): Block[] {
  const blocks: Block[] = [...titleBlock(['Dokumentasi Kegiatan', ctx.forum.title])]
  ctx.photos.forEach((photo, index) => {
    const info = readImageInfo(photo.bytes)
    const image = info ? { bytes: photo.bytes, ...info } : null
    if (!image) return
    const date = photo.takenOn ? formatDayDateId(photo.takenOn) : 'tanggal tidak diketahui'
    const caption = `Foto ${index + 1}. ${photo.caption || photo.name} (${date})`
    blocks.push({ type: 'photo', image, caption })
  })
  return blocks
}

export function paragraphs(
  texts: string[],
  options: Partial<ParagraphBlock> = {},
): ParagraphBlock[] {
  return texts.map((text) => p(text, { indent: true, spaceAfter: true, ...options }))
}

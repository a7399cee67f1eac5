import type { Attachment, Signatory } from '../domain/records'
import { formatNomor } from '../format/nomor'
import { buildSampleForum } from '../sample/kupang-fkp'
import type { DocumentContext } from './context'
import { allDocuments, beritaAcara, notaKesepakatan, type BuiltDocument } from './documents'
import { draftDocx, finalDocx } from './generate'
import { bytesToDataUrl, type Bytes } from '../bytes'
import type { DocumentStyle } from './render-docx'
import { demoEmblemPng, placeholderPhotoPng, syntheticSignaturePng } from './synthetic'
import { documentFileName, evidencePackFiles, zipFiles, type PackFile } from './zip'

// The bundled sample forum (src/shared/sample) as documents, for `npm run demo`, the LibreOffice test
// and the bench. Signatures and photos are drawn in code; officials sign in ink (wet).

let counter = 0
function demoId(): string {
  counter += 1
  return `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`
}

export interface DemoOptions {
  paper?: 'A4' | 'F4'
}

/** The sample forum as a DocumentContext, with drawn signatures, an emblem and two photos. */
export function demoContext(options: DemoOptions = {}): DocumentContext {
  counter = 0
  const sample = buildSampleForum({ newId: demoId, now: new Date('2026-03-09T06:00:00Z') })
  const organisation = {
    ...sample.organisation,
    paper: options.paper ?? sample.organisation.paper,
    emblemPng: bytesToDataUrl(demoEmblemPng()),
  }
  const attendance = sample.attendance.map((a, index) => ({
    ...a,
    signaturePng: bytesToDataUrl(syntheticSignaturePng(index + 1)),
  }))
  const signatories: Signatory[] = sample.signatories.map((s, index) =>
    s.wet ? s : { ...s, signaturePng: bytesToDataUrl(syntheticSignaturePng(100 + index)) },
  )
  const at = sample.forum.updatedAt
  const photo = (n: number, caption: string): Attachment => {
    const bytes = placeholderPhotoPng(n)
    return {
      id: demoId(),
      ownerType: 'forum_photo',
      ownerId: sample.forum.id,
      forumId: sample.forum.id,
      name: `foto-${n}.png`,
      mime: 'image/png',
      size: bytes.length,
      bytes,
      takenOn: sample.forum.startDate,
      caption,
      createdAt: at,
      updatedAt: at,
    }
  }
  const date = sample.forum.startDate
  const nomor = (urut: number) =>
    formatNomor(organisation.nomorPattern, {
      kode: organisation.classificationCode,
      urut,
      unit: organisation.unitCode,
      isoDate: date,
    })
  return {
    organisation,
    forum: sample.forum,
    people: sample.people,
    participants: sample.participants,
    attendance,
    agendaItems: sample.agendaItems,
    issues: sample.issues,
    agreements: sample.agreements,
    actionItems: sample.actionItems,
    signatories,
    photos: [
      photo(1, 'Pembukaan oleh Kepala DPMPTSP Kota Kupang'),
      photo(2, 'Diskusi dan tanya jawab bersama peserta'),
    ],
    nomor: {
      undangan: nomor(1),
      berita_acara: nomor(2),
      nota_kesepakatan: nomor(3),
      laporan: nomor(4),
    },
  }
}

/** The same forum as a Nota Kesepakatan between the unit and a university (PIHAK PERTAMA/KEDUA). */
export function demoNotaContext(base: DocumentContext): DocumentContext {
  const head = base.signatories.find((s) => s.role === 'penyelenggara')
  if (!head) return base
  const rector: Signatory = {
    ...head,
    id: demoId(),
    role: 'pihak_kedua',
    order: 0,
    prefix: '',
    position: 'Dekan Fakultas Ilmu Sosial dan Ilmu Politik Universitas Nusa Cendana',
    name: 'Prof. Dr. Yosef Leonardus Kolo, M.Si.',
    rank: 'Pembina Utama Muda (IV/c)',
    nip: '196805121994031004',
    institution: 'Universitas Nusa Cendana',
    unsur: 'ahli_praktisi_akademisi',
  }
  return {
    ...base,
    signatories: [
      { ...head, id: demoId(), role: 'pihak_pertama', order: 0 },
      rector,
      ...base.signatories.filter(
        (s) => s.role !== 'penyelenggara' && s.role !== 'perwakilan_peserta',
      ),
    ],
  }
}

export function styleOf(ctx: DocumentContext): DocumentStyle {
  return ctx.organisation
}

export interface DemoFile extends PackFile {
  built: BuiltDocument
}

/** Every document of the sample forum, finalised (code and QR in the footer), plus the Nota. */
export async function buildDemoFiles(options: DemoOptions = {}): Promise<DemoFile[]> {
  const ctx = demoContext(options)
  const built = [...allDocuments(ctx)]
  const nota = { key: 'nota_kesepakatan', model: notaKesepakatan(demoNotaContext(ctx)) }
  built.splice(1, 0, nota)
  const out: DemoFile[] = []
  for (const [index, doc] of built.entries()) {
    const final = await finalDocx(doc.model, styleOf(ctx))
    out.push({ name: documentFileName(index, doc.model.title), bytes: final.bytes, built: doc })
  }
  return out
}

/** The evidence pack of the sample forum. */
export async function buildDemoEvidencePack(): Promise<Uint8Array> {
  const ctx = demoContext()
  const documents = []
  for (const built of allDocuments(ctx)) {
    documents.push({ built, bytes: (await draftDocx(built.model, styleOf(ctx))).bytes })
  }
  return zipFiles(evidencePackFiles(documents, ctx.photos))
}

/**
 * The bench's large Berita Acara: the sample forum grown to 300 attendees and 100 action items,
 * with 20 signature images (the first attendees signed on screen).
 */
export function largeDemoContext(attendees = 300, actions = 100, signatures = 20): DocumentContext {
  const base = demoContext()
  const day = base.forum.days[0]!
  const people = []
  const participants = []
  const attendance = []
  for (let i = 0; i < attendees; i++) {
    const source = base.attendance[i % base.attendance.length]!
    const person = base.people.find((p) => p.id === source.personId)!
    const participant = base.participants.find((p) => p.id === source.participantId)!
    const personId = demoId()
    const participantId = demoId()
    people.push({ ...person, id: personId, name: `${person.name} ${i + 1}` })
    participants.push({ ...participant, id: participantId, personId })
    attendance.push({
      ...source,
      id: demoId(),
      dayId: day.id,
      personId,
      participantId,
      checkedInAt: `${day.date}T08:${String(Math.floor(i / 10) % 60).padStart(2, '0')}:00+08:00`,
      // As large as the signature pad exports them (480 × 200).
      signaturePng:
        i < signatures ? bytesToDataUrl(syntheticSignaturePng(500 + i, 480, 200)) : null,
    })
  }
  const actionItems = Array.from({ length: actions }, (_, i) => {
    const source = base.actionItems[i % base.actionItems.length]!
    return { ...source, id: demoId(), order: i + 1 }
  })
  return { ...base, people, participants, attendance, actionItems }
}

/** One timed run of the bench: the large Berita Acara finalised (hashed, rendered once, read back). */
let largeContext: DocumentContext | undefined

export async function timeLargeBeritaAcara(): Promise<{ ms: number; bytes: number; file: Bytes }> {
  largeContext ??= largeDemoContext()
  const ctx = largeContext
  const started = performance.now()
  const result = await finalDocx(beritaAcara(ctx), styleOf(ctx))
  // The file itself lets the bench time its floor: zipping the same parts alone.
  return { ms: performance.now() - started, bytes: result.bytes.length, file: result.bytes }
}

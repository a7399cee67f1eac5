import { zipSync } from 'fflate'
import { beritaAcara } from './documents'
import { largeDemoContext, styleOf } from './demo'
import { DocxReadError } from './docx-reader'
import { inspectDocx } from './docx-inspect'
import { finalDocx } from './generate'
import { fingerprintDocx, judgeDocx } from './verdict'
import type { GeneratedDocument } from '../domain/records'

// Files for the verification tests and bench: a hostile DOCX made to cost a careless reader
// seconds and memory, and the large Berita Acara finalised with its record.

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

/** word/document.xml of `bytes` characters of paragraphs, runs and text that never close. */
export function unclosedParagraphsXml(bytes: number): string {
  const head = `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>`
  const unit = '<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>tidak '
  return head + unit.repeat(Math.max(1, Math.floor((bytes - head.length) / unit.length)))
}

function noise(length: number): Uint8Array {
  const out = new Uint8Array(length)
  let seed = 7
  for (let i = 0; i < length; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
    out[i] = seed >>> 24
  }
  return out
}

/** A DOCX around one document.xml, with other entries as given. */
export function docxOf(documentXml: string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  return zipSync({ 'word/document.xml': new TextEncoder().encode(documentXml), ...extra })
}

/** The central directory of `zip` made to declare `size` bytes for `name`: a bomb that lies. */
export function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice()
  const view = new DataView(out.buffer)
  const wanted = new TextEncoder().encode(name)
  for (let at = 0; at + 46 < out.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue
    const length = view.getUint16(at + 28, true)
    const entry = out.subarray(at + 46, at + 46 + length)
    if (length === wanted.length && entry.every((b, i) => b === wanted[i])) {
      view.setUint32(at + 24, size, true)
    }
  }
  return out
}

/**
 * The bench's hostile file of 500 KB: 15 MB of unclosed paragraphs (just within the reader's
 * limit), an image that inflates to 64 MB while declaring 1 KB, and stored noise for the rest.
 */
export function hostileDocx(): Uint8Array {
  const xml = `${unclosedParagraphsXml(15 * 1024 * 1024 - 200)}<a:blip r:embed="rId1"/>`
  const entries: Record<string, Uint8Array> = {
    'word/_rels/document.xml.rels': new TextEncoder().encode(
      '<Relationships><Relationship Id="rId1" Target="media/image1.png"/></Relationships>',
    ),
    'word/media/image1.png': new Uint8Array(64 * 1024 * 1024),
  }
  const core = docxOf(xml, entries)
  const padded = docxOf(xml, {
    ...entries,
    // Stored, not deflated: noise does not compress.
    'docProps/thumbnail.jpeg': noise(Math.max(0, 500 * 1024 - core.length - 200)),
  })
  return declareSize(padded, 'word/media/image1.png', 1024)
}

export interface FinalisedFile {
  bytes: Uint8Array
  record: GeneratedDocument
}

let large: FinalisedFile | undefined

/** The large Berita Acara (300 attendees, 20 signatures) finalised, with its stored record. */
export async function largeFinalisedBeritaAcara(): Promise<FinalisedFile> {
  if (large) return large
  const ctx = largeDemoContext()
  const model = beritaAcara(ctx)
  const final = await finalDocx(model, styleOf(ctx))
  const at = '2026-03-09T08:00:00.000Z'
  large = {
    bytes: final.bytes,
    record: {
      id: '00000000-0000-4000-8000-00000000b001',
      forumId: ctx.forum.id,
      kind: 'berita_acara',
      nomor: model.nomor ?? '',
      revision: 0,
      hash: final.hash,
      code: final.code ?? '',
      canonical: final.canonical,
      fileName: `${model.title}.docx`,
      finalisedAt: at,
      ...(await fingerprintDocx(final.bytes, model)),
      createdAt: at,
      updatedAt: at,
    },
  }
  return large
}

/** One timed verification as the app does it: read the file, then judge it against its record. */
export async function timeVerify(
  bytes: Uint8Array,
  record: GeneratedDocument | undefined,
): Promise<{ ms: number; verdict: string }> {
  const started = performance.now()
  let verdict: string
  try {
    verdict = judgeDocx(await inspectDocx(bytes), record).kind
  } catch (error) {
    if (!(error instanceof DocxReadError)) throw error
    verdict = `refused: ${error.problem} ${error.entry ?? ''}`.trim()
  }
  return { ms: performance.now() - started, verdict }
}

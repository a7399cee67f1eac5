import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import type { GeneratedDocument } from '@shared/domain'
import { demoContext, demoNotaContext, styleOf } from '@shared/documents/demo'
import { notaKesepakatan } from '@shared/documents/documents'
import { finalDocx } from '@shared/documents/generate'
import { bytesToDataUrl } from '@shared/bytes'
import { syntheticSignaturePng } from '@shared/documents/synthetic'
import { fingerprintDocx } from '@shared/documents/verdict'

export { formatWord } from './docx-edit'

// A real finalised Nota Kesepakatan (the existing builders, hash version 2 record) and the edits
// a person could make to it with Word or a zip tool.

export interface Finalised {
  bytes: Uint8Array
  record: GeneratedDocument
}

let cached: Promise<Finalised> | undefined

export function finalisedNota(): Promise<Finalised> {
  cached ??= (async () => {
    const ctx = demoContext()
    // Every signatory signs on screen, so the signature blocks carry images too.
    const nota = demoNotaContext(ctx)
    const model = notaKesepakatan({
      ...nota,
      signatories: nota.signatories.map((s, index) => ({
        ...s,
        wet: false,
        signaturePng: bytesToDataUrl(syntheticSignaturePng(300 + index)),
      })),
    })
    const final = await finalDocx(model, styleOf(ctx))
    const at = '2026-03-09T08:00:00.000Z'
    return {
      bytes: final.bytes,
      record: {
        id: '00000000-0000-4000-8000-00000000f002',
        forumId: ctx.forum.id,
        kind: 'nota_kesepakatan',
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
  })()
  return cached
}

/**
 * Packs the parts again as a zip tool would. The fixed old timestamp keeps the bytes different
 * from the finalised file's, which fflate would otherwise stamp with the same 2-second DOS time.
 */
function repack(files: Record<string, Uint8Array>): Uint8Array {
  return zipSync(files, { mtime: new Date('1999-01-01T00:00:00Z') })
}

/** The DOCX with one part's text rewritten (or added). */
export function editPart(
  bytes: Uint8Array,
  name: string,
  edit: (xml: string) => string,
): Uint8Array {
  const files = unzipSync(bytes)
  const before = files[name] ? strFromU8(files[name]) : ''
  const after = edit(before)
  if (after === before) throw new Error(`editPart: ${name} unchanged`)
  files[name] = strToU8(after)
  return repack(files)
}

export function replaceEntry(bytes: Uint8Array, name: string, content: Uint8Array): Uint8Array {
  const files = unzipSync(bytes)
  if (!files[name]) throw new Error(`replaceEntry: no ${name}`)
  files[name] = new Uint8Array(content)
  return repack(files)
}

export function entryNames(bytes: Uint8Array): string[] {
  const names: string[] = []
  unzipSync(bytes, {
    filter: (file) => {
      names.push(file.name)
      return false
    },
  })
  return names
}

export function entry(bytes: Uint8Array, name: string): Uint8Array {
  const found = unzipSync(bytes, { filter: (f) => f.name === name })[name]
  if (!found) throw new Error(`entry: no ${name}`)
  return found
}

/** Inserts `markup` right after the run holding `phrase` (inside the same paragraph). */
export function afterRun(xml: string, phrase: string, markup: string): string {
  const at = xml.indexOf(phrase)
  if (at < 0) throw new Error(`afterRun: no "${phrase}"`)
  const runEnd = xml.indexOf('</w:r>', at) + '</w:r>'.length
  return xml.slice(0, runEnd) + markup + xml.slice(runEnd)
}

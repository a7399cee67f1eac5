import type { DocumentImage, DocumentSignatory, GeneratedDocument } from '../domain/records'
import { sha256Hex } from '../bytes'
import { inspectDocx, type DocxInspection, type InspectionFinding } from './docx-inspect'
import type { DocumentModel } from './model'
import { diffLines, type LineDifference } from './verification'

// The answer verification gives about a file, one of four: the very file that was finalised; the
// same wording with its appearance changed (each change named); different wording (the changed
// lines); or a file no finalised record knows.

export type ImageFinding = {
  kind: 'imageReplaced' | 'imageAdded' | 'imageRemoved'
  image: DocumentImage['kind']
  label: string
}

export type Finding =
  | InspectionFinding
  | { kind: 'headersFootersChanged'; differences: LineDifference[] }
  | ImageFinding

export type Verdict =
  | { kind: 'identical'; document: GeneratedDocument }
  | {
      kind: 'sameWording'
      document: GeneratedDocument
      findings: Finding[]
      /** Finalised before files and images were fingerprinted: only the text could be compared. */
      legacy: boolean
    }
  | {
      kind: 'different'
      document: GeneratedDocument
      differences: LineDifference[]
      findings: Finding[]
    }
  | { kind: 'unknown'; findings: Finding[] }

function imageKey(image: DocumentImage): string {
  return `${image.kind}\u0000${image.label}`
}

/** Images paired by kind and label, in reading order: which were replaced, added or removed. */
export function compareImages(stored: DocumentImage[], actual: DocumentImage[]): ImageFinding[] {
  const remaining = new Map<string, DocumentImage[]>()
  for (const image of actual) {
    const key = imageKey(image)
    remaining.set(key, [...(remaining.get(key) ?? []), image])
  }
  const out: ImageFinding[] = []
  for (const image of stored) {
    const candidates = remaining.get(imageKey(image)) ?? []
    const match = candidates.shift()
    if (!match) out.push({ kind: 'imageRemoved', image: image.kind, label: image.label })
    else if (match.sha256 !== image.sha256)
      out.push({ kind: 'imageReplaced', image: image.kind, label: image.label })
  }
  for (const left of remaining.values()) {
    for (const image of left)
      out.push({ kind: 'imageAdded', image: image.kind, label: image.label })
  }
  return out
}

/** What a file is, measured against the record its code or text hash found (if any). */
export function judgeDocx(
  inspection: DocxInspection,
  record: GeneratedDocument | undefined,
): Verdict {
  const findings: Finding[] = [...inspection.findings]
  if (!record) return { kind: 'unknown', findings }
  if (record.fileSha256 !== undefined && record.fileSha256 === inspection.fileSha256) {
    return { kind: 'identical', document: record }
  }
  if (
    record.headerFooterText !== undefined &&
    record.headerFooterText !== inspection.headerFooterText
  ) {
    findings.push({
      kind: 'headersFootersChanged',
      differences: diffLines(record.headerFooterText, inspection.headerFooterText),
    })
  }
  if (record.images) findings.push(...compareImages(record.images, inspection.images))
  if (record.canonical !== inspection.canonical) {
    return {
      kind: 'different',
      document: record,
      differences: diffLines(record.canonical, inspection.canonical),
      findings,
    }
  }
  return { kind: 'sameWording', document: record, findings, legacy: record.hashVersion !== 2 }
}

export type DocumentFingerprint = Required<
  Pick<
    GeneratedDocument,
    'hashVersion' | 'fileSha256' | 'headerFooterText' | 'fullHash' | 'images' | 'signatories'
  >
>

function signatoriesOf(model: DocumentModel): DocumentSignatory[] {
  return model.blocks.flatMap((block) =>
    block.type !== 'signatures'
      ? []
      : block.rows.flat().flatMap((slot) =>
          slot
            ? [
                {
                  heading: slot.heading.join(' '),
                  position: slot.position.join(' '),
                  name: slot.name,
                  signed: slot.signature !== null,
                },
              ]
            : [],
        ),
  )
}

export function fullHashOf(canonical: string, headerFooterText: string): Promise<string> {
  return sha256Hex(`${canonical}\n\n${headerFooterText}`)
}

/** Hash version 2: what finalising stores beside the text hash, read from the file it made. */
export async function fingerprintDocx(
  bytes: Uint8Array,
  model: DocumentModel,
): Promise<DocumentFingerprint> {
  const inspection = await inspectDocx(bytes)
  return {
    hashVersion: 2,
    fileSha256: inspection.fileSha256,
    headerFooterText: inspection.headerFooterText,
    fullHash: await fullHashOf(inspection.canonical, inspection.headerFooterText),
    images: inspection.images,
    signatories: signatoriesOf(model),
  }
}

import type { DocumentKind } from '../domain/enums'
import type { DocumentSignatory, Signatory } from '../domain/records'
import { signatorySlot } from './parts'

// A signature is locked once a finalised document contains it: changing it afterwards would make
// the records say something the signed paper does not. Signatories a finalised document does not
// contain (added later, or printed only in another document) stay open.

/** Documents finalised before their signatories were stored: they lock every signature, as then. */
const LEGACY_SIGNED_KINDS: readonly DocumentKind[] = ['berita_acara', 'nota_kesepakatan']

export interface FinalisedSignatures {
  kind: DocumentKind
  /** Absent on documents finalised before signatories were stored. */
  signatories?: readonly DocumentSignatory[]
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase()
}

/** The block a record prints, without decoding its signature image. */
function slotOf(signatory: Signatory) {
  return signatorySlot({ ...signatory, signaturePng: null })
}

/** The printed block stands for this signatory: same name and position as the record gives. */
function printedFor(stored: DocumentSignatory, signatory: Signatory): boolean {
  const slot = slotOf(signatory)
  return sameName(stored.name, slot.name) && stored.position === slot.position.join(' ')
}

/**
 * The signatories of a document being finalised, each named by the record it was printed from
 * (so the lock holds even when the record's name or position is edited later).
 */
export function withSignatoryIds(
  stored: readonly DocumentSignatory[],
  signatories: readonly Signatory[],
): DocumentSignatory[] {
  const ordered = [...signatories].sort((a, b) => a.order - b.order)
  return stored.map((entry) => {
    const candidates = ordered.filter((s) => printedFor(entry, s))
    // One person may sign twice (head of unit and chair of the meeting): the heading tells the
    // blocks apart, and a block without one is the head's (see headSlot).
    const source =
      candidates.find((s) => slotOf(s).heading.join(' ') === entry.heading) ??
      candidates.find((s) => entry.heading === '' && s.role === 'penyelenggara') ??
      candidates[0]
    return source ? { ...entry, signatoryId: source.id } : entry
  })
}

/** Whether a finalised document contains this signatory's block. */
function contains(document: FinalisedSignatures, signatory: Signatory): boolean {
  if (!document.signatories) return LEGACY_SIGNED_KINDS.includes(document.kind)
  return document.signatories.some((entry) =>
    entry.signatoryId !== undefined
      ? entry.signatoryId === signatory.id
      : printedFor(entry, signatory),
  )
}

export function signatoryLocked(
  signatory: Signatory,
  finalised: readonly FinalisedSignatures[],
): boolean {
  return finalised.some((document) => contains(document, signatory))
}

/** The ids of a forum's signatories whose signature a finalised document holds. */
export function lockedSignatoryIds(
  signatories: readonly Signatory[],
  finalised: readonly FinalisedSignatures[],
): Set<string> {
  return new Set(signatories.filter((s) => signatoryLocked(s, finalised)).map((s) => s.id))
}

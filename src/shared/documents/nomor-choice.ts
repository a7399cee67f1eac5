import type { DocumentKind } from '../domain/enums'
import type { OrganisationProfile } from '../domain/organisation'
import { formatNomor, nextCounter, type NomorCounter } from '../format/nomor'

// The nomor a finalised document carries: typed by the user when it comes from the agenda book or
// the national e-office system (SRIKANDI), else the app's yearly counter, which is only a suggestion.

/** Counter numbers skipped at most while looking for a free suggestion. */
const MAX_SKIPPED = 10_000

/** Two nomor name the same letter when they differ only in case or spacing. */
export function nomorKey(nomor: string): string {
  return nomor
    .trim()
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s+/g, ' ')
    .toUpperCase()
}

export interface NumberedDocument {
  forumId: string
  kind: DocumentKind
  nomor: string
}

/**
 * Another finalised document that already carries this nomor. A later revision of the same
 * document (same forum, same kind) keeps its nomor, so it never counts as another.
 */
export function nomorTakenBy<D extends NumberedDocument>(
  nomor: string,
  target: Pick<NumberedDocument, 'forumId' | 'kind'>,
  documents: readonly D[],
): D | undefined {
  const key = nomorKey(nomor)
  return documents.find(
    (d) =>
      d.nomor !== '' &&
      nomorKey(d.nomor) === key &&
      !(d.forumId === target.forumId && d.kind === target.kind),
  )
}

export interface CounterSuggestion {
  nomor: string
  /** The counter once this suggestion is used. */
  counter: NomorCounter
}

/**
 * The counter's next nomor for a document dated `isoDate`, skipping numbers a typed nomor already
 * took. The year is the latest of the counter's, the document's and today's: numbering never goes
 * back to a year the single counter has left.
 */
export function counterSuggestion(
  profile: Pick<
    OrganisationProfile,
    'nomorPattern' | 'classificationCode' | 'unitCode' | 'nomorCounter'
  >,
  isoDate: string,
  currentYear: number,
  used: ReadonlySet<string>,
): CounterSuggestion {
  const year = Math.max(profile.nomorCounter.year, Number(isoDate.slice(0, 4)), currentYear)
  let counter = profile.nomorCounter
  for (let skipped = 0; ; skipped++) {
    counter = nextCounter(counter, year)
    const nomor = formatNomor(profile.nomorPattern, {
      kode: profile.classificationCode,
      urut: counter.last,
      unit: profile.unitCode,
      isoDate: `${year}${isoDate.slice(4)}`,
    })
    if (!used.has(nomorKey(nomor)) || skipped >= MAX_SKIPPED) return { nomor, counter }
  }
}

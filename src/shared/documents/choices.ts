import type { DocumentKind } from '../domain/enums'
import type { Forum } from '../domain/forum'
import type { DocumentContext } from './context'
import {
  beritaAcara,
  daftarHadir,
  laporan,
  notaKesepakatan,
  notulen,
  rencanaTindakLanjut,
  undangan,
} from './documents'
import type { DocumentModel } from './model'

/** The documents a forum can produce, as the documents page offers them ("daftar_hadir_2"…). */
export type DocumentChoice = string

/** Kinds numbered from the organisation's yearly counter. */
export const NUMBERED_KINDS: readonly DocumentKind[] = [
  'berita_acara',
  'nota_kesepakatan',
  'laporan',
  'undangan',
]

/** Kinds that state the agreements: finalising one freezes them. */
export const AGREEMENT_KINDS: readonly DocumentKind[] = [
  'berita_acara',
  'nota_kesepakatan',
  'notulen',
  'rtl',
  'laporan',
]

/** The default agreement document first: Berita Acara for an FKP, Nota Kesepakatan otherwise. */
export function documentChoices(forum: Forum): DocumentChoice[] {
  const agreement =
    forum.kind === 'fkp'
      ? ['berita_acara', 'nota_kesepakatan']
      : ['nota_kesepakatan', 'berita_acara']
  return [
    ...agreement,
    ...forum.days.map((_, i) => `daftar_hadir_${i + 1}`),
    'notulen',
    'rtl',
    'laporan',
    'undangan',
  ]
}

export function buildChoice(choice: DocumentChoice, ctx: DocumentContext): DocumentModel {
  const day = /^daftar_hadir_(\d+)$/.exec(choice)
  if (day) return daftarHadir(ctx, Number(day[1]) - 1)
  switch (choice) {
    case 'berita_acara':
      return beritaAcara(ctx)
    case 'nota_kesepakatan':
      return notaKesepakatan(ctx)
    case 'notulen':
      return notulen(ctx)
    case 'rtl':
      return rencanaTindakLanjut(ctx)
    case 'laporan':
      return laporan(ctx)
    case 'undangan':
      return undangan(ctx)
    default:
      throw new RangeError(`unknown document '${choice}'`)
  }
}

export function kindOfChoice(choice: DocumentChoice): DocumentKind {
  return choice.startsWith('daftar_hadir_') ? 'daftar_hadir' : (choice as DocumentKind)
}

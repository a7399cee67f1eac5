import type { DocumentKind } from '../domain/enums'
import type { ImageType } from './png'

// The document model: what a document states, in order, independent of DOCX. The DOCX renderer,
// the in-app preview and the tests all read this one structure, so they cannot disagree.

export interface Run {
  text: string
  bold?: boolean
  underline?: boolean
  italic?: boolean
}

export type Align = 'left' | 'center' | 'right' | 'justify'
export type TextSize = 'tiny' | 'small' | 'normal' | 'large'

export interface ParagraphBlock {
  type: 'paragraph'
  runs: Run[]
  align?: Align
  size?: TextSize
  /** First-line indent, as body text of a letter is written. */
  indent?: boolean
  /** Hanging label for numbered items ("1.", "a.") with the text indented after it. */
  label?: string
  /** Indent levels of the whole paragraph (each about 0.63 cm). */
  level?: number
  keepNext?: boolean
  pageBreakBefore?: boolean
  spaceAfter?: boolean
}

export interface ImageRef {
  bytes: Uint8Array
  type: ImageType
  /** Pixel size, for the aspect ratio. */
  width: number
  height: number
}

export interface Cell {
  paragraphs: ParagraphBlock[]
  /** An image under the text; at most 1.6 cm high unless `maxHeightCm` says otherwise. */
  image?: { ref: ImageRef; widthCm: number; align?: Align; maxHeightCm?: number }
  span?: number
  align?: Align
  /** Grey header shading. */
  shaded?: boolean
}

export interface TableBlock {
  type: 'table'
  /** Relative widths; the renderer turns them into twips that fill the text width exactly. */
  widths: number[]
  /** Rows repeated at the top of every page the table runs over. */
  header: Cell[][]
  rows: Cell[][]
  borders: boolean
  size?: TextSize
  /** Rows taller than a page must be allowed to split, or Word cuts them. */
  rowsCantSplit: boolean
}

export interface SignatureSlot {
  /** "Mengetahui,", "PIHAK PERTAMA,", "Perwakilan Peserta,": lines above the position. */
  heading: string[]
  /** Prefix and position, ending with a comma ("a.n. Kepala Dinas …,"). */
  position: string[]
  signature: ImageRef | null
  name: string
  rank: string
  /** Grouped NIP ("NIP 19700814 199703 1 002") or ''. */
  nip: string
}

export interface SignaturesBlock {
  type: 'signatures'
  /** "Kupang, 9 Maret 2026", printed above the right-hand column. */
  placeDate: string
  /**
   * Each row holds one slot (centred) or two (left, right; null leaves a side empty). A row is
   * never split, and the first stays with the text above it; a page may break between rows.
   */
  rows: (SignatureSlot | null)[][]
}

export interface PhotoBlock {
  type: 'photo'
  image: ImageRef
  caption: string
}

export interface LampiranHeaderBlock {
  type: 'lampiran'
  /** "LAMPIRAN I BERITA ACARA KESEPAKATAN …", "NOMOR : …", "TANGGAL : …". */
  lines: [string, string, string]
}

/**
 * Where a block is printed. Consecutive landscape blocks make a landscape section of their own
 * (wide tables: RTL, Laporan Monitoring); page numbering runs on across sections.
 */
export interface Placement {
  landscape?: boolean
}

export type Block = (
  ParagraphBlock | TableBlock | SignaturesBlock | PhotoBlock | LampiranHeaderBlock
) &
  Placement

/** The blocks, set in a landscape section. */
export function inLandscape(blocks: Block[]): Block[] {
  return blocks.map((block) => ({ ...block, landscape: true }))
}

/** A sheet printed per person, outside a forum's filed documents (no nomor, never finalised). */
export type SheetKind = 'umpan_balik_coaching'

export interface DocumentModel {
  kind: DocumentKind | SheetKind
  /** The file's name without extension ("Berita Acara Kesepakatan"). */
  title: string
  nomor: string
  blocks: Block[]
}

export function p(text: string | Run[], options: Omit<ParagraphBlock, 'type' | 'runs'> = {}) {
  const runs = typeof text === 'string' ? [{ text }] : text
  return { type: 'paragraph', runs, ...options } satisfies ParagraphBlock
}

export function bold(text: string, options: Omit<ParagraphBlock, 'type' | 'runs'> = {}) {
  return p([{ text, bold: true }], options)
}

export function cell(
  text: string | ParagraphBlock[],
  options: Omit<Cell, 'paragraphs'> = {},
): Cell {
  const paragraphs = typeof text === 'string' ? text.split('\n').map((line) => p(line)) : text
  return { paragraphs, ...options }
}

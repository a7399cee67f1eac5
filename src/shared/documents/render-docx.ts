import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  ImageRun,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IBorderOptions,
  type ParagraphChild,
} from 'docx'
import type { OrganisationProfile, PageNumberPosition } from '../domain/organisation'
import {
  cmToTwips,
  fitColumns,
  PAPER_TWIPS,
  textWidthTwips,
  TWIPS_PER_CM,
  wordTwips,
} from './layout'
import type {
  Block,
  Cell,
  DocumentModel,
  ImageRef,
  ParagraphBlock,
  Run,
  SignatureSlot,
  SignaturesBlock,
  TableBlock,
  TextSize,
} from './model'
import { dataUrlToBytes, type Bytes } from '../bytes'
import { readImageInfo } from './png'

/** What is printed in every page's footer once a document is finalised. */
export interface Verification {
  code: string
  qrPng: Uint8Array
}

export type DocumentStyle = Pick<
  OrganisationProfile,
  | 'kopLines'
  | 'address'
  | 'phone'
  | 'email'
  | 'website'
  | 'emblemPng'
  | 'paper'
  | 'font'
  | 'fontSizePt'
  | 'marginsCm'
> &
  Partial<Pick<OrganisationProfile, 'pageNumberPosition'>>

/** The footer's lines: the code of a finalised document, else "Draf". The in-app print uses them too. */
export function verificationFooterLines(code: string | null): string[] {
  return code
    ? [
        `Kode verifikasi: ${code}`,
        'Keaslian dokumen dapat diperiksa pada menu Verifikasi dokumen aplikasi Mufakat.',
      ]
    : ['Draf: belum difinalisasi, belum memiliki kode verifikasi.']
}

/** The words around the page number at each position: "- 2 -" at the top, "Halaman 2" at the bottom. */
export const PAGE_NUMBER_TEXT: Record<PageNumberPosition, { before: string; after: string }> = {
  top_centre: { before: '- ', after: ' -' },
  bottom_right: { before: 'Halaman ', after: '' },
}

function pageNumberRun(
  position: PageNumberPosition,
): (string | (typeof PageNumber)[keyof typeof PageNumber])[] {
  const { before, after } = PAGE_NUMBER_TEXT[position]
  return [before, PageNumber.CURRENT, after].filter((part) => part !== '')
}

const PX_PER_CM = 96 / 2.54
/** An empty paragraph 1 pt high, kept with the next. */
const HAIRLINE = () =>
  new Paragraph({
    keepNext: true,
    spacing: { before: 0, after: 0, line: 20, lineRule: 'exact' },
    children: [],
  })
/** Rows of a table, before a signature block, that are never split across pages. */
const KEPT_ROWS = 2
/** Room for the font's own metrics beside the estimate of a word's width, in twips. */
const WORD_SLACK = 60
/** Inner margins of every bordered table's cells, in twips. */
const CELL_MARGIN = { top: 40, bottom: 40, left: 80, right: 80 }
const INDENT_STEP = 360
const HANGING = 425

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE }
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
const ALL_BORDERS = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
}

const TABLE_STYLE: Record<TextSize, string> = {
  tiny: 'MufakatTableTiny',
  small: 'MufakatTableSmall',
  normal: 'MufakatTable',
  large: 'MufakatTableLarge',
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const

class Renderer {
  readonly textWidth: number
  readonly sizes: Record<TextSize, number>

  constructor(
    readonly style: DocumentStyle,
    readonly landscape = false,
  ) {
    this.textWidth = textWidthTwips(style, landscape)
    const base = style.fontSizePt * 2
    this.sizes = { tiny: 18, small: Math.max(18, base - 2), normal: base, large: base + 4 }
  }

  runs(runs: Run[], size: number): TextRun[] {
    return runs.map(
      (run) =>
        new TextRun({
          text: run.text,
          bold: run.bold,
          italics: run.italic,
          underline: run.underline ? {} : undefined,
          size,
        }),
    )
  }

  image(ref: ImageRef, widthCm: number, maxHeightCm = widthCm * 2): ImageRun {
    let width = widthCm * PX_PER_CM
    let height = (width * ref.height) / Math.max(1, ref.width)
    const maxHeight = maxHeightCm * PX_PER_CM
    if (height > maxHeight) {
      width = (width * maxHeight) / height
      height = maxHeight
    }
    return new ImageRun({
      type: ref.type,
      data: ref.bytes,
      transformation: { width: Math.floor(width), height: Math.floor(height) },
    })
  }

  paragraph(block: ParagraphBlock, inTable = false, defaultSize: TextSize = 'normal'): Paragraph {
    if (inTable) return this.tableParagraph(block, block.size ?? defaultSize)
    const size = this.sizes[block.size ?? defaultSize]
    const children: ParagraphChild[] = []
    const level = (block.level ?? 0) * INDENT_STEP
    let indent: { left?: number; hanging?: number; firstLine?: number } | undefined
    if (block.label !== undefined) {
      children.push(new TextRun({ text: block.label, size }), new TextRun({ text: '\t', size }))
      indent = { left: level + HANGING, hanging: HANGING }
    } else if (block.indent) {
      indent = { left: level, firstLine: 720 }
    } else if (level > 0) {
      indent = { left: level }
    }
    children.push(...this.runs(block.runs, size))
    return new Paragraph({
      children,
      alignment: ALIGN[block.align ?? 'justify'],
      indent,
      tabStops:
        block.label !== undefined ? [{ type: 'left', position: level + HANGING }] : undefined,
      keepNext: block.keepNext || undefined,
      keepLines: true,
      pageBreakBefore: block.pageBreakBefore || undefined,
      spacing: { before: 0, after: block.spaceAfter ? 120 : 0, line: 276 },
    })
  }

  /**
   * Table text through a paragraph style that carries size and spacing: a daftar hadir of 300
   * rows repeats them thousands of times, and the XML (and the time to write it) shrinks a lot.
   */
  tableParagraph(block: ParagraphBlock, size: TextSize): Paragraph {
    const runs = block.runs
      .filter((run) => run.text !== '')
      .map(
        (run) =>
          new TextRun({
            text: run.text,
            bold: run.bold || undefined,
            italics: run.italic || undefined,
            underline: run.underline ? {} : undefined,
          }),
      )
    const align = block.align ?? 'left'
    return new Paragraph({
      style: TABLE_STYLE[size],
      children: block.label !== undefined ? [new TextRun(`${block.label} `), ...runs] : runs,
      alignment: align === 'left' ? undefined : ALIGN[align],
      keepNext: block.keepNext || undefined,
    })
  }

  cell(cell: Cell, width: number, size: TextSize, borders: boolean, keepNext = false): TableCell {
    const children: Paragraph[] = cell.paragraphs.map((para) =>
      this.paragraph(
        { ...para, align: para.align ?? cell.align, keepNext: para.keepNext ?? keepNext },
        true,
        size,
      ),
    )
    if (cell.image) {
      // The image never passes the cell's inner edge, or Word and LibreOffice clip it.
      const room = Math.max(0, width - CELL_MARGIN.left - CELL_MARGIN.right) / TWIPS_PER_CM
      const widthCm = Math.min(cell.image.widthCm, room)
      children.push(
        new Paragraph({
          alignment: ALIGN[cell.image.align ?? 'center'],
          keepNext: keepNext || undefined,
          children: [this.image(cell.image.ref, widthCm, cell.image.maxHeightCm ?? 1.6)],
        }),
      )
    }
    if (children.length === 0) children.push(new Paragraph({}))
    return new TableCell({
      children,
      width: { size: width, type: WidthType.DXA },
      columnSpan: cell.span,
      verticalAlign: cell.shaded ? VerticalAlign.CENTER : undefined,
      borders: borders ? undefined : NO_BORDERS,
      shading: cell.shaded ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } : undefined,
    })
  }

  row(
    cells: Cell[],
    widths: number[],
    options: {
      header: boolean
      cantSplit: boolean
      size: TextSize
      borders: boolean
      keepNext?: boolean
    },
  ): TableRow {
    let column = 0
    const tableCells = cells.map((c) => {
      const span = c.span ?? 1
      const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0)
      column += span
      return this.cell(c, width, options.size, options.borders, options.keepNext)
    })
    return new TableRow({
      children: tableCells,
      tableHeader: options.header,
      cantSplit: options.cantSplit,
    })
  }

  /** The narrowest each column may be: its longest word on one line, with the cell's margins. */
  columnMinimums(block: TableBlock, size: TextSize): number[] {
    const minimums = block.widths.map(() => 0)
    for (const cells of [...block.header, ...block.rows]) {
      let column = 0
      for (const c of cells) {
        const span = c.span ?? 1
        if (span === 1) {
          for (const para of c.paragraphs) {
            const pt = this.sizes[para.size ?? size] / 2
            for (const run of para.runs) {
              for (const word of run.text.split(/\s+/)) {
                const width = wordTwips(word, pt, run.bold) + WORD_SLACK
                minimums[column] = Math.max(minimums[column] ?? 0, width)
              }
            }
          }
        }
        column += span
      }
    }
    return minimums.map((width) => (width > 0 ? width + CELL_MARGIN.left + CELL_MARGIN.right : 0))
  }

  /**
   * `keepWithNext`: the last rows stay on the page of what follows (a closing signature block).
   * They are set as a table of their own, every row kept with the next: Word joins two adjacent
   * tables into one and keeps those rows with the signatures; LibreOffice keeps a table with the
   * next paragraph only when every row says so, and would move a whole long table to a new page.
   */
  table(block: TableBlock, keepWithNext = false): (Table | Paragraph)[] {
    const size = block.size ?? 'normal'
    const widths = fitColumns(block.widths, this.columnMinimums(block, size), this.textWidth)
    const split = keepWithNext ? Math.max(0, block.rows.length - KEPT_ROWS) : block.rows.length
    const body = (rows: Cell[][], kept: boolean) =>
      rows.map((cells) =>
        this.row(cells, widths, {
          header: false,
          cantSplit: block.rowsCantSplit || kept,
          size,
          borders: block.borders,
          keepNext: kept,
        }),
      )
    const header = block.header.map((cells) =>
      this.row(cells, widths, {
        header: true,
        cantSplit: true,
        size,
        borders: block.borders,
        keepNext: split === 0,
      }),
    )
    const main = [...header, ...body(block.rows.slice(0, split), false)]
    const last = body(block.rows.slice(split), true)
    const tables = (
      split === 0 ? [[...header, ...last]] : last.length > 0 ? [main, last] : [main]
    ).map(
      (rows) =>
        new Table({
          rows,
          width: { size: this.textWidth, type: WidthType.DXA },
          columnWidths: widths,
          layout: TableLayoutType.FIXED,
          margins: CELL_MARGIN,
          borders: block.borders
            ? ALL_BORDERS
            : { ...NO_BORDERS, insideHorizontal: NONE, insideVertical: NONE },
        }),
    )
    // A hairline paragraph between the two keeps LibreOffice from joining them back into one.
    const [first, second] = tables
    return second ? [first!, HAIRLINE(), second] : tables
  }

  private line(runs: Run[], keepNext: boolean): Paragraph {
    return new Paragraph({
      keepNext,
      keepLines: true,
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 0, line: 240 },
      children: this.runs(runs, this.sizes.normal),
    })
  }

  /** Place-date, headings and position: bottom-aligned so the positions of a row end level. */
  slotTop(slot: SignatureSlot | null, placeDate: string | null, keepNext: boolean): Paragraph[] {
    const out: Paragraph[] = []
    if (placeDate) out.push(this.line([{ text: placeDate }], keepNext))
    if (slot) {
      for (const text of [...slot.heading, ...slot.position]) {
        out.push(this.line([{ text }], keepNext))
      }
    }
    return out.length > 0 ? out : [new Paragraph({ keepNext, children: [] })]
  }

  /** Signature space (image or room for ink), then the name bold and underlined, rank, NIP. */
  slotBottom(slot: SignatureSlot | null, keepNext: boolean): Paragraph[] {
    if (!slot) return [new Paragraph({ keepNext, children: [] })]
    const out: Paragraph[] = []
    if (slot.signature) {
      out.push(
        new Paragraph({
          keepNext,
          keepLines: true,
          alignment: AlignmentType.CENTER,
          spacing: { before: 0, after: 0, line: 1100, lineRule: 'exact' },
          children: [this.image(slot.signature, 3.6, 1.6)],
        }),
      )
    } else {
      out.push(
        new Paragraph({
          keepNext,
          spacing: { before: 0, after: 0, line: 1100, lineRule: 'exact' },
          children: [],
        }),
      )
    }
    out.push(this.line([{ text: slot.name, bold: true, underline: true }], keepNext))
    if (slot.rank) out.push(this.line([{ text: slot.rank }], keepNext))
    if (slot.nip) out.push(this.line([{ text: slot.nip }], keepNext))
    return out
  }

  signatures(block: SignaturesBlock): Table {
    const half = Math.floor(this.textWidth / 2)
    const widths = [half, this.textWidth - half]
    const rows: TableRow[] = []
    block.rows.forEach((slots, index) => {
      const first = index === 0
      const placeDate = first && block.placeDate ? block.placeDate : null
      const cellOf = (
        children: Paragraph[],
        width: number,
        span: number | undefined,
        bottom: boolean,
      ) =>
        new TableCell({
          children,
          width: { size: width, type: WidthType.DXA },
          columnSpan: span,
          borders: NO_BORDERS,
          verticalAlign: bottom ? VerticalAlign.BOTTOM : VerticalAlign.TOP,
          margins: { top: !first && bottom ? 300 : 0, bottom: 0, left: 60, right: 60 },
        })
      if (slots.length === 1) {
        const only = slots[0] ?? null
        rows.push(
          new TableRow({
            cantSplit: true,
            children: [cellOf(this.slotTop(only, placeDate, true), this.textWidth, 2, true)],
          }),
          new TableRow({
            cantSplit: true,
            children: [cellOf(this.slotBottom(only, false), this.textWidth, 2, false)],
          }),
        )
      } else {
        const [left = null, right = null] = slots
        rows.push(
          new TableRow({
            cantSplit: true,
            children: [
              cellOf(this.slotTop(left, null, true), widths[0] ?? half, undefined, true),
              cellOf(this.slotTop(right, placeDate, true), widths[1] ?? half, undefined, true),
            ],
          }),
          new TableRow({
            cantSplit: true,
            children: [
              cellOf(this.slotBottom(left, false), widths[0] ?? half, undefined, false),
              cellOf(this.slotBottom(right, false), widths[1] ?? half, undefined, false),
            ],
          }),
        )
      }
    })
    return new Table({
      rows,
      width: { size: this.textWidth, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: { ...NO_BORDERS, insideHorizontal: NONE, insideVertical: NONE },
    })
  }

  /** `continued`: the blocks open a section after the first, which starts a page by itself. */
  blocks(blocks: Block[], continued = false): (Paragraph | Table)[] {
    const out: (Paragraph | Table)[] = []
    for (const [index, placed] of blocks.entries()) {
      const block =
        continued && index === 0 && placed.type === 'paragraph'
          ? { ...placed, pageBreakBefore: false }
          : placed
      const newPage = !(continued && index === 0)
      // A signature block never opens a page alone: what it closes goes with it.
      const beforeSignatures = blocks[index + 1]?.type === 'signatures'
      switch (block.type) {
        case 'paragraph':
          out.push(this.paragraph(beforeSignatures ? { ...block, keepNext: true } : block))
          break
        case 'table':
          out.push(...this.table(block, beforeSignatures))
          out.push(
            new Paragraph({
              keepNext: beforeSignatures || undefined,
              spacing: { after: 0 },
              children: [],
            }),
          )
          break
        case 'signatures':
          out.push(new Paragraph({ keepNext: true, children: [] }))
          out.push(this.signatures(block))
          break
        case 'photo':
          out.push(
            new Paragraph({
              alignment: AlignmentType.CENTER,
              keepNext: true,
              spacing: { before: 240 },
              children: [this.image(block.image, 13, 9)],
            }),
            new Paragraph({
              alignment: AlignmentType.CENTER,
              spacing: { after: 240 },
              children: this.runs([{ text: block.caption, italic: true }], this.sizes.small),
            }),
          )
          break
        case 'lampiran':
          block.lines.forEach((text, index) =>
            out.push(
              new Paragraph({
                pageBreakBefore: (index === 0 && newPage) || undefined,
                keepNext: true,
                indent: { left: Math.round(this.textWidth * 0.45) },
                spacing: { after: index === 2 ? 240 : 0 },
                children: this.runs([{ text }], this.sizes.small),
              }),
            ),
          )
          break
      }
    }
    return out
  }

  kop(): Header {
    const { style } = this
    const emblem = style.emblemPng ? dataUrlToBytes(style.emblemPng) : null
    const info = emblem ? readImageInfo(emblem) : null
    const side = cmToTwips(2.4)
    const widths = [side, this.textWidth - side * 2, side]
    const contact = [
      style.phone && `Telepon ${style.phone}`,
      style.email && `E-mail ${style.email}`,
      style.website && `Laman ${style.website}`,
    ]
      .filter(Boolean)
      .join(', ')
    const lines = style.kopLines.map(
      (text, index) =>
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new TextRun({
              text,
              bold: true,
              size: index === style.kopLines.length - 1 ? 30 : 26,
            }),
          ],
        }),
    )
    for (const text of [style.address, contact].filter(Boolean)) {
      lines.push(
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ text, size: 18 })],
        }),
      )
    }
    const emblemCell = new TableCell({
      width: { size: side, type: WidthType.DXA },
      borders: NO_BORDERS,
      verticalAlign: VerticalAlign.CENTER,
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: emblem && info ? [this.image({ bytes: emblem, ...info }, 2, 2.4)] : [],
        }),
      ],
    })
    const table = new Table({
      width: { size: this.textWidth, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: { ...NO_BORDERS, insideHorizontal: NONE, insideVertical: NONE },
      rows: [
        new TableRow({
          children: [
            emblemCell,
            new TableCell({
              width: { size: widths[1] ?? 0, type: WidthType.DXA },
              borders: NO_BORDERS,
              verticalAlign: VerticalAlign.CENTER,
              children: lines,
            }),
            new TableCell({
              width: { size: side, type: WidthType.DXA },
              borders: NO_BORDERS,
              children: [new Paragraph({})],
            }),
          ],
        }),
      ],
    })
    const rule = new Paragraph({
      border: {
        bottom: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 24, color: '000000', space: 1 },
      },
      children: [],
    })
    return new Header({ children: [table, rule] })
  }

  /** "- 2 -" centred at the top of every page after the first (the common rule). */
  pageNumberHeader(): Header {
    return new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: pageNumberRun('top_centre') })],
        }),
      ],
    })
  }

  footer(verification: Verification | null, pageNumbers: boolean): Footer {
    const size = 16
    const qrSide = cmToTwips(1.7)
    const numberWidth = pageNumbers ? cmToTwips(2.6) : 0
    const middle = this.textWidth - qrSide - numberWidth
    const text = verificationFooterLines(verification?.code ?? null)
    const cells = [
      new TableCell({
        width: { size: qrSide, type: WidthType.DXA },
        borders: NO_BORDERS,
        verticalAlign: VerticalAlign.CENTER,
        children: [
          new Paragraph({
            children: verification
              ? [
                  new ImageRun({
                    type: 'png',
                    data: verification.qrPng,
                    transformation: { width: 56, height: 56 },
                  }),
                ]
              : [],
          }),
        ],
      }),
      new TableCell({
        width: { size: middle, type: WidthType.DXA },
        borders: NO_BORDERS,
        verticalAlign: VerticalAlign.CENTER,
        children: text.map(
          (line, index) =>
            new Paragraph({ children: [new TextRun({ text: line, size, bold: index === 0 })] }),
        ),
      }),
    ]
    if (pageNumbers) {
      cells.push(
        new TableCell({
          width: { size: numberWidth, type: WidthType.DXA },
          borders: NO_BORDERS,
          verticalAlign: VerticalAlign.CENTER,
          children: [
            new Paragraph({
              alignment: AlignmentType.RIGHT,
              children: [new TextRun({ children: pageNumberRun('bottom_right'), size })],
            }),
          ],
        }),
      )
    }
    return new Footer({
      children: [
        new Table({
          width: { size: this.textWidth, type: WidthType.DXA },
          columnWidths: pageNumbers ? [qrSide, middle, numberWidth] : [qrSide, middle],
          layout: TableLayoutType.FIXED,
          borders: { ...NO_BORDERS, insideHorizontal: NONE, insideVertical: NONE },
          rows: [new TableRow({ children: cells })],
        }),
      ],
    })
  }
}

export interface RenderOptions {
  style: DocumentStyle
  verification: Verification | null
  /** Kop surat on page 1; documents that are lampiran-only may go without. */
  kop?: boolean
}

/** Consecutive blocks of one orientation: each run becomes a section of its own. */
function sectionRuns(blocks: Block[]): { landscape: boolean; blocks: Block[] }[] {
  const runs: { landscape: boolean; blocks: Block[] }[] = []
  for (const block of blocks) {
    const landscape = block.landscape === true
    const last = runs[runs.length - 1]
    if (last && last.landscape === landscape) last.blocks.push(block)
    else runs.push({ landscape, blocks: [block] })
  }
  return runs.length > 0 ? runs : [{ landscape: false, blocks: [] }]
}

export function renderDocx(model: DocumentModel, options: RenderOptions): Document {
  const renderer = new Renderer(options.style)
  const { style } = options
  const paper = PAPER_TWIPS[style.paper]
  const margins = style.marginsCm
  const bottomRight = style.pageNumberPosition === 'bottom_right'
  const page = (landscape: boolean) => ({
    // docx swaps width and height itself for a landscape page.
    size: {
      width: paper.width,
      height: paper.height,
      orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
    },
    margin: {
      top: cmToTwips(margins.top),
      bottom: cmToTwips(margins.bottom),
      left: cmToTwips(margins.left),
      right: cmToTwips(margins.right),
      header: cmToTwips(1),
      footer: cmToTwips(0.8),
    },
  })
  // Only the first page has the kop and no number; numbering runs on through every section.
  const sections = sectionRuns(model.blocks).map((run, index) => {
    const section = run.landscape ? new Renderer(style, true) : renderer
    const first = index === 0
    return {
      properties: { titlePage: first, page: page(run.landscape) },
      headers: {
        ...(first
          ? { first: options.kop === false ? new Header({ children: [] }) : section.kop() }
          : {}),
        default: bottomRight ? new Header({ children: [] }) : section.pageNumberHeader(),
      },
      footers: {
        ...(first ? { first: section.footer(options.verification, false) } : {}),
        default: section.footer(options.verification, bottomRight),
      },
      children: section.blocks(run.blocks, !first),
    }
  })
  return new Document({
    creator: 'Mufakat',
    title: model.title,
    description: model.nomor ? `Nomor ${model.nomor}` : model.title,
    styles: {
      default: {
        document: { run: { font: style.font, size: style.fontSizePt * 2 } },
      },
      paragraphStyles: (Object.keys(TABLE_STYLE) as TextSize[]).map((size) => ({
        id: TABLE_STYLE[size],
        name: TABLE_STYLE[size],
        basedOn: 'Normal',
        run: { size: renderer.sizes[size] },
        paragraph: { spacing: { before: 0, after: 0, line: 240 } },
      })),
    },
    sections,
  })
}

/** DOCX bytes; Packer's Uint8Array output works in the browser and in Node alike. */
export async function packDocx(document: Document): Promise<Bytes> {
  // Packer allocates a fresh, unshared buffer.
  return (await Packer.pack(document, 'uint8array')) as Bytes
}

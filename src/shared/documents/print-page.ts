import type { Paper } from '../domain/enums'
import { PAPER_TWIPS } from './layout'
import type { DocumentStyle } from './render-docx'

// The in-app preview printed (system dialog, or PDF) as the DOCX is: the profile's paper and
// margins, page numbers from page 2 centred at the top ("- 2 -", tata naskah dinas), and the
// verification footer on every page. Chromium draws these in the page-margin boxes of @page.

export const PRINT_FOOTER_FINAL = [
  'Kode verifikasi: {code}',
  'Keaslian dokumen dapat diperiksa pada menu Verifikasi dokumen aplikasi Mufakat.',
] as const
export const PRINT_FOOTER_DRAFT = 'Draf: belum difinalisasi, belum memiliki kode verifikasi.'

const MM_PER_TWIP = 25.4 / 1440

/** The sheet in millimetres: A4 210 × 297, F4 215 × 330. */
export function paperMm(paper: Paper): { width: number; height: number } {
  const { width, height } = PAPER_TWIPS[paper]
  const mm = (twips: number) => Math.round(twips * MM_PER_TWIP * 10) / 10
  return { width: mm(width), height: mm(height) }
}

/** The footer's lines: the code of the finalised document the preview shows, else "Draf". */
export function printFooterLines(code: string | null): string[] {
  return code
    ? PRINT_FOOTER_FINAL.map((line) => line.replace('{code}', code))
    : [PRINT_FOOTER_DRAFT]
}

/** A CSS string literal: quotes and backslashes escaped, each line break as \A. */
function cssString(lines: readonly string[]): string {
  const escape = (line: string) => line.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ')
  return `"${lines.map(escape).join('\\A ')}"`
}

export function printPageCss(
  style: Pick<DocumentStyle, 'paper' | 'marginsCm' | 'font'>,
  code: string | null,
): string {
  const { width, height } = paperMm(style.paper)
  const m = style.marginsCm
  const box = `font-family: '${style.font}', 'Liberation Sans', sans-serif; font-size: 8pt;`
  return [
    `@page {`,
    `  size: ${width}mm ${height}mm;`,
    `  margin: ${m.top}cm ${m.right}cm ${m.bottom}cm ${m.left}cm;`,
    `  @top-center { content: "- " counter(page) " -"; ${box} }`,
    `  @bottom-center { content: ${cssString(printFooterLines(code))}; white-space: pre-wrap; ${box} }`,
    `}`,
    `@page :first { @top-center { content: none; } }`,
  ].join('\n')
}

import type { Paper } from '../domain/enums'
import { PAPER_TWIPS } from './layout'
import { PAGE_NUMBER_TEXT, verificationFooterLines, type DocumentStyle } from './render-docx'

// The in-app preview printed (system dialog, or PDF) as the DOCX is: the profile's paper and
// margins, page numbers from page 2 where the profile puts them ("- 2 -" centred at the top, the
// tata naskah dinas default, or "Halaman 2" at the bottom right), and the verification footer on
// every page. Chromium draws these in the page-margin boxes of @page.

const MM_PER_TWIP = 25.4 / 1440

/** The sheet in millimetres: A4 210 × 297, F4 215 × 330. */
export function paperMm(paper: Paper): { width: number; height: number } {
  const { width, height } = PAPER_TWIPS[paper]
  const mm = (twips: number) => Math.round(twips * MM_PER_TWIP * 10) / 10
  return { width: mm(width), height: mm(height) }
}

/** A CSS string literal: quotes and backslashes escaped, each line break as \A. */
function cssString(lines: readonly string[]): string {
  const escape = (line: string) => line.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ')
  return `"${lines.map(escape).join('\\A ')}"`
}

export function printPageCss(
  style: Pick<DocumentStyle, 'paper' | 'marginsCm' | 'font' | 'pageNumberPosition'>,
  code: string | null,
): string {
  const { width, height } = paperMm(style.paper)
  const m = style.marginsCm
  const box = `font-family: '${style.font}', 'Liberation Sans', sans-serif; font-size: 8pt;`
  const position = style.pageNumberPosition ?? 'top_centre'
  const { before, after } = PAGE_NUMBER_TEXT[position]
  const numberBox = position === 'bottom_right' ? '@bottom-right' : '@top-center'
  return [
    `@page {`,
    `  size: ${width}mm ${height}mm;`,
    `  margin: ${m.top}cm ${m.right}cm ${m.bottom}cm ${m.left}cm;`,
    `  ${numberBox} { content: ${cssString([before])} counter(page) ${cssString([after])}; ${box} }`,
    `  @bottom-center { content: ${cssString(verificationFooterLines(code))}; white-space: pre-wrap; ${box} }`,
    `}`,
    `@page :first { ${numberBox} { content: none; } }`,
  ].join('\n')
}

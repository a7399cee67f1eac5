import { describe, expect, it } from 'vitest'
import { paperMm, printFooterLines, printPageCss } from '@shared/documents/print-page'

const margins = { top: 2, right: 2, bottom: 2.5, left: 3 }

describe('printing the preview', () => {
  it('follows the profile paper: A4 210 × 297 mm, F4 215 × 330 mm, with its margins', () => {
    expect(paperMm('A4')).toEqual({ width: 210, height: 297 })
    expect(paperMm('F4')).toEqual({ width: 215, height: 330 })
    const css = printPageCss({ paper: 'F4', marginsCm: margins, font: 'Arial' }, null)
    expect(css).toContain('size: 215mm 330mm;')
    expect(css).toContain('margin: 2cm 2cm 2.5cm 3cm;')
  })

  it('numbers pages from page 2 at the top centre and puts the verification footer on each', () => {
    const css = printPageCss({ paper: 'A4', marginsCm: margins, font: 'Arial' }, 'MFK-AB12-CD34')
    expect(css).toContain('size: 210mm 297mm;')
    expect(css).toMatch(/@top-center \{ content: "- " counter\(page\) " -";/)
    expect(css).toContain('@page :first { @top-center { content: none; } }')
    expect(css).toContain('@bottom-center { content: "Kode verifikasi: MFK-AB12-CD34\\A Keaslian')
    expect(printFooterLines(null)).toEqual([
      'Draf: belum difinalisasi, belum memiliki kode verifikasi.',
    ])
  })

  it('a quote or backslash in the footer cannot break out of the rule', () => {
    const css = printPageCss({ paper: 'A4', marginsCm: margins, font: 'Arial' }, 'MFK-"X\\')
    expect(css).toContain('Kode verifikasi: MFK-\\"X\\\\')
  })
})

import { describe, expect, it } from 'vitest'
import { paperMm, printPageCss } from '@shared/documents/print-page'
import { verificationFooterLines } from '@shared/documents/render-docx'

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
    expect(css).not.toContain('Halaman')
  })

  it('a profile with numbers at the bottom right prints "Halaman N" there, from page 2', () => {
    const css = printPageCss(
      { paper: 'A4', marginsCm: margins, font: 'Arial', pageNumberPosition: 'bottom_right' },
      'MFK-AB12-CD34',
    )
    expect(css).toMatch(/@bottom-right \{ content: "Halaman " counter\(page\) "";/)
    expect(css).toContain('@page :first { @bottom-right { content: none; } }')
    expect(css).not.toContain('@top-center')
    expect(css).toContain('@bottom-center { content: "Kode verifikasi: MFK-AB12-CD34\\A Keaslian')
  })

  it('prints the footer lines the DOCX carries, draft or final', () => {
    const draft = printPageCss({ paper: 'A4', marginsCm: margins, font: 'Arial' }, null)
    expect(draft).toContain(`@bottom-center { content: "${verificationFooterLines(null)[0]}";`)
    expect(verificationFooterLines(null)).toEqual([
      'Draf: belum difinalisasi, belum memiliki kode verifikasi.',
    ])
    const final = printPageCss({ paper: 'A4', marginsCm: margins, font: 'Arial' }, 'MFK-1')
    expect(final).toContain(verificationFooterLines('MFK-1').join('\\A '))
  })

  it('a quote or backslash in the footer cannot break out of the rule', () => {
    const css = printPageCss({ paper: 'A4', marginsCm: margins, font: 'Arial' }, 'MFK-"X\\')
    expect(css).toContain('Kode verifikasi: MFK-\\"X\\\\')
  })
})

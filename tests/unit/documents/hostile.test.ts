import { describe, expect, it } from 'vitest'
import { inspectDocx } from '@shared/documents/docx-inspect'
import { DOCX_LIMITS, DocxReadError, openDocx } from '@shared/documents/docx-reader'
import { scanXml } from '@shared/documents/xml-scan'
import { declareSize, docxOf, unclosedParagraphsXml } from '@shared/documents/verify-demo'

// Files made to hurt a reader: an entry that inflates far past its size, and XML that never
// closes. The reader refuses the first with a message naming the entry and reads the second in
// time proportional to its size.

async function refusal(bytes: Uint8Array): Promise<DocxReadError> {
  try {
    await inspectDocx(bytes)
  } catch (error) {
    if (error instanceof DocxReadError) return error
    throw error
  }
  throw new Error('the file was not refused')
}

describe('a zip bomb', () => {
  const bomb = (declared?: number) => {
    const zip = docxOf('<w:document/>', {
      'word/header1.xml': new Uint8Array(DOCX_LIMITS.entryBytes + 1024 * 1024),
    })
    return declared === undefined ? zip : declareSize(zip, 'word/header1.xml', declared)
  }

  it('an entry declaring more than the limit is refused before inflating, naming the entry', async () => {
    const file = bomb()
    expect(file.length).toBeLessThan(100 * 1024)
    const error = await refusal(file)
    expect(error.problem).toBe('entry_too_large')
    expect(error.entry).toBe('word/header1.xml')
  })

  it('an entry lying about its size is stopped while inflating', async () => {
    const error = await refusal(bomb(2048))
    expect(error.problem).toBe('entry_too_large')
    expect(error.entry).toBe('word/header1.xml')
  })

  it('entries the verdict does not need are never inflated', () => {
    const archive = openDocx(bomb(2048))
    expect(archive.names).toContain('word/header1.xml')
    expect(archive.read('word/document.xml')?.length).toBe('<w:document/>'.length)
  })
})

describe('XML that never closes', () => {
  function scanOnce(xml: string): number {
    const started = performance.now()
    scanXml(xml, { tag: () => undefined, text: () => undefined })
    return performance.now() - started
  }

  /**
   * The fastest of several interleaved scans of each size: a busy neighbour only ever adds time,
   * so the minimum is the figure closest to the scanner's own cost.
   */
  function sizeRatio(small: string, large: string): number {
    scanOnce(small)
    scanOnce(large)
    let fastSmall = Infinity
    let fastLarge = Infinity
    for (let run = 0; run < 6; run++) {
      fastSmall = Math.min(fastSmall, scanOnce(small))
      fastLarge = Math.min(fastLarge, scanOnce(large))
    }
    return fastLarge / fastSmall
  }

  it('200 KB of unclosed paragraphs reads to its text, hidden words found', async () => {
    const inspection = await inspectDocx(docxOf(unclosedParagraphsXml(200 * 1024)))
    expect(inspection.canonical).toBe('')
    expect(inspection.findings[0]).toMatchObject({ kind: 'hiddenText' })
  })

  it('costs time in proportion to its size: 4 × the size takes well under 16 × the time', async () => {
    const small = unclosedParagraphsXml(200 * 1024)
    const large = unclosedParagraphsXml(800 * 1024)
    // Linear is about 4; the quadratic regex this replaced is 16 on every try, so a ratio under 9
    // in any of three tries tells them apart even on a loaded machine.
    const ratios: number[] = []
    for (let attempt = 0; attempt < 3 && !ratios.some((r) => r < 9); attempt++) {
      ratios.push(sizeRatio(small, large))
    }
    expect(Math.min(...ratios)).toBeLessThan(9)
  })
})

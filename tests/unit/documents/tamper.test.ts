import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { generatedDocumentSchema } from '@shared/domain'
import { sha256Hex } from '@shared/bytes'
import { inspectDocx } from '@shared/documents/docx-inspect'
import { syntheticSignaturePng } from '@shared/documents/synthetic'
import { judgeDocx, type Finding, type Verdict } from '@shared/documents/verdict'
import { readForVerification } from '@shared/documents/verification'
import {
  afterRun,
  editPart,
  entry,
  entryNames,
  finalisedNota,
  formatWord,
  replaceEntry,
} from './tamper-kit'

// One test per way of altering a finalised Nota Kesepakatan that its printed words would not
// show: each builds the altered file from the real one and reads the verdict and the finding.

const PHRASE = 'sehingga pemohon tidak lagi'
const DOCUMENT = 'word/document.xml'

async function verdictOf(bytes: Uint8Array): Promise<Verdict> {
  const { record } = await finalisedNota()
  return judgeDocx(await inspectDocx(bytes), record)
}

function findingsOf(verdict: Verdict): Finding[] {
  return verdict.kind === 'identical' ? [] : verdict.findings
}

/** The file with every media entry of that SHA-256 swapped for another drawing. */
async function replaceImage(bytes: Uint8Array, sha256: string | undefined): Promise<Uint8Array> {
  let altered = bytes
  for (const name of entryNames(bytes).filter((n) => n.startsWith('word/media/'))) {
    if ((await sha256Hex(entry(bytes, name))) === sha256) {
      altered = replaceEntry(altered, name, syntheticSignaturePng(999))
    }
  }
  if (altered === bytes) throw new Error('replaceImage: no such image')
  return altered
}

async function tampered(part: string, edit: (xml: string) => string): Promise<Verdict> {
  const { bytes } = await finalisedNota()
  return verdictOf(editPart(bytes, part, edit))
}

describe('verification of a finalised file', () => {
  it('the very file finalised: identical, and its record parses with the version 2 fields', async () => {
    const { bytes, record } = await finalisedNota()
    expect(generatedDocumentSchema.parse(record).hashVersion).toBe(2)
    expect((await verdictOf(bytes)).kind).toBe('identical')
  })

  it('the same parts packed again: same wording, nothing changed in appearance', async () => {
    const { bytes } = await finalisedNota()
    const verdict = await verdictOf(replaceEntry(bytes, DOCUMENT, entry(bytes, DOCUMENT)))
    expect(verdict).toMatchObject({ kind: 'sameWording', findings: [], legacy: false })
  })

  it('w:vanish on the word "tidak": same wording, hidden text "tidak"', async () => {
    const verdict = await tampered(DOCUMENT, (xml) =>
      formatWord(xml, PHRASE, 'tidak', '<w:vanish/>'),
    )
    expect(verdict.kind).toBe('sameWording')
    expect(findingsOf(verdict)).toEqual([{ kind: 'hiddenText', text: 'tidak' }])
  })

  it('w:specVanish: hidden text', async () => {
    const verdict = await tampered(DOCUMENT, (xml) =>
      formatWord(xml, PHRASE, 'tidak', '<w:specVanish/>'),
    )
    expect(findingsOf(verdict)).toEqual([{ kind: 'hiddenText', text: 'tidak' }])
  })

  it('hidden through a character style: hidden text', async () => {
    const { bytes } = await finalisedNota()
    const styled = editPart(bytes, 'word/styles.xml', (xml) =>
      xml.replace(
        '</w:styles>',
        '<w:style w:type="character" w:styleId="Quiet"><w:rPr><w:vanish/></w:rPr></w:style></w:styles>',
      ),
    )
    const verdict = await verdictOf(
      editPart(styled, DOCUMENT, (xml) =>
        formatWord(xml, PHRASE, 'tidak', '<w:rStyle w:val="Quiet"/>'),
      ),
    )
    expect(findingsOf(verdict)).toEqual([{ kind: 'hiddenText', text: 'tidak' }])
  })

  it('text in the page colour (white): same wording, text in the page colour', async () => {
    const verdict = await tampered(DOCUMENT, (xml) =>
      formatWord(xml, PHRASE, 'tidak', '<w:color w:val="FFFFFF"/>'),
    )
    expect(verdict.kind).toBe('sameWording')
    expect(findingsOf(verdict)).toEqual([{ kind: 'pageColourText', text: 'tidak' }])
  })

  it('text under 4 pt: same wording, text too small to read', async () => {
    const verdict = await tampered(DOCUMENT, (xml) =>
      formatWord(xml, PHRASE, 'tidak', '<w:sz w:val="2"/>'),
    )
    expect(verdict.kind).toBe('sameWording')
    expect(findingsOf(verdict)).toEqual([{ kind: 'tinyText', text: 'tidak' }])
  })

  it('the kop in the header changed: same wording, headers/footers changed with the line', async () => {
    const { bytes } = await finalisedNota()
    const header = entryNames(bytes).find((name) =>
      /^word\/header\d+\.xml$/.test(name)
        ? new TextDecoder().decode(entry(bytes, name)).includes('PEMERINTAH KOTA KUPANG')
        : false,
    )
    const verdict = await verdictOf(
      editPart(bytes, header ?? 'word/header1.xml', (xml) =>
        xml.replace('PEMERINTAH KOTA KUPANG', 'PEMERINTAH KABUPATEN KUPANG'),
      ),
    )
    expect(verdict.kind).toBe('sameWording')
    expect(findingsOf(verdict)).toEqual([
      {
        kind: 'headersFootersChanged',
        differences: [
          { kind: 'removed', line: 'PEMERINTAH KOTA KUPANG' },
          { kind: 'added', line: 'PEMERINTAH KABUPATEN KUPANG' },
        ],
      },
    ])
  })

  it("a signatory's signature image replaced: same wording, names whose signature", async () => {
    const { bytes, record } = await finalisedNota()
    const signature = record.images?.find(
      (i) => i.kind === 'signature' && i.label === 'Prof. Dr. Yosef Leonardus Kolo, M.Si.',
    )
    const verdict = await verdictOf(await replaceImage(bytes, signature?.sha256))
    expect(verdict.kind).toBe('sameWording')
    expect(findingsOf(verdict)).toEqual([
      { kind: 'imageReplaced', image: 'signature', label: 'Prof. Dr. Yosef Leonardus Kolo, M.Si.' },
    ])
  })

  it('a signature in the attendance list replaced: names the row', async () => {
    const { bytes, record } = await finalisedNota()
    const signature = record.images?.find((i) => i.label.startsWith('3 · '))
    expect(findingsOf(await verdictOf(await replaceImage(bytes, signature?.sha256)))).toEqual([
      {
        kind: 'imageReplaced',
        image: 'signature',
        label: '3 · Imelda Christina Fanggidae, S.T., M.T',
      },
    ])
  })

  it('the emblem replaced: names the kop emblem', async () => {
    const { bytes, record } = await finalisedNota()
    const emblem = record.images?.find((i) => i.kind === 'emblem')
    expect(findingsOf(await verdictOf(await replaceImage(bytes, emblem?.sha256)))).toEqual([
      { kind: 'imageReplaced', image: 'emblem', label: '' },
    ])
  })

  it('a comment added: same wording, comments', async () => {
    const { bytes } = await finalisedNota()
    const withPart = editPart(
      bytes,
      'word/comments.xml',
      () =>
        '<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0" w:author="X"><w:p><w:r><w:t>abaikan butir 5</w:t></w:r></w:p></w:comment></w:comments>',
    )
    const verdict = await verdictOf(
      editPart(withPart, DOCUMENT, (xml) =>
        afterRun(xml, PHRASE, '<w:r><w:commentReference w:id="0"/></w:r>'),
      ),
    )
    expect(verdict.kind).toBe('sameWording')
    expect(findingsOf(verdict)).toEqual([{ kind: 'comments', count: 2 }])
  })

  it('a footnote added: same wording, footnotes', async () => {
    const { bytes } = await finalisedNota()
    const withNote = editPart(bytes, 'word/footnotes.xml', (xml) =>
      xml.replace(
        '</w:footnotes>',
        '<w:footnote w:id="1"><w:p><w:r><w:t>kecuali bagi pemohon baru</w:t></w:r></w:p></w:footnote></w:footnotes>',
      ),
    )
    const verdict = await verdictOf(
      editPart(withNote, DOCUMENT, (xml) =>
        afterRun(xml, PHRASE, '<w:r><w:footnoteReference w:id="1"/></w:r>'),
      ),
    )
    expect(verdict.kind).toBe('sameWording')
    expect(findingsOf(verdict)).toEqual([{ kind: 'footnotes', count: 1 }])
  })

  it('a tracked deletion (w:del): same wording, tracked changes', async () => {
    const verdict = await tampered(DOCUMENT, (xml) =>
      afterRun(
        xml,
        PHRASE,
        '<w:del w:id="9" w:author="X" w:date="2026-03-10T00:00:00Z"><w:r><w:delText>tidak</w:delText></w:r></w:del>',
      ),
    )
    expect(verdict.kind).toBe('sameWording')
    expect(findingsOf(verdict)).toEqual([{ kind: 'trackedChanges', count: 1 }])
  })

  it('a tracked insertion (w:ins): different wording, the changed line, tracked changes', async () => {
    const verdict = await tampered(DOCUMENT, (xml) =>
      afterRun(
        xml,
        PHRASE,
        '<w:ins w:id="9" w:author="X" w:date="2026-03-10T00:00:00Z"><w:r><w:t xml:space="preserve"> Kecuali pemohon baru.</w:t></w:r></w:ins>',
      ),
    )
    expect(verdict.kind).toBe('different')
    if (verdict.kind !== 'different') return
    expect(verdict.differences.map((d) => d.kind)).toEqual(['removed', 'added'])
    expect(verdict.differences[1]?.line).toContain('Kartu Keluarga. Kecuali pemohon baru.')
    expect(verdict.findings).toEqual([{ kind: 'trackedChanges', count: 1 }])
  })

  it('an embedded object and an altChunk: same wording, embedded objects', async () => {
    const { bytes } = await finalisedNota()
    const withChunk = editPart(bytes, 'word/afchunk.htm', () => '<html><body>tidak</body></html>')
    const verdict = await verdictOf(
      editPart(withChunk, DOCUMENT, (xml) =>
        xml.replace('<w:sectPr', '<w:altChunk r:id="rId999"/><w:sectPr'),
      ),
    )
    expect(verdict.kind).toBe('sameWording')
    expect(findingsOf(verdict)).toEqual([{ kind: 'embeddedObjects', count: 1 }])
  })

  it('a word changed: different, with the changed lines', async () => {
    const verdict = await tampered(DOCUMENT, (xml) => xml.replace(PHRASE, 'sehingga pemohon masih'))
    expect(verdict.kind).toBe('different')
    if (verdict.kind !== 'different') return
    expect(verdict.differences).toHaveLength(2)
    expect(verdict.differences[0]?.line).toContain(PHRASE)
    expect(verdict.differences[1]?.line).toContain('sehingga pemohon masih')
  })

  it('a file no record knows: unknown', async () => {
    const { bytes } = await finalisedNota()
    const inspection = await inspectDocx(bytes)
    expect(judgeDocx(inspection, undefined)).toEqual({ kind: 'unknown', findings: [] })
  })
})

describe('a document finalised with hash version 1 (stored fixture)', () => {
  const bytes = new Uint8Array(readFileSync('tests/fixtures/verification/v1-nota-kesepakatan.docx'))
  const record = generatedDocumentSchema.parse(
    JSON.parse(readFileSync('tests/fixtures/verification/v1-nota-kesepakatan.json', 'utf8')),
  )

  it('still reads to the same text, hash and printed code', async () => {
    const reading = await readForVerification(bytes)
    expect(reading).toEqual({
      canonical: record.canonical,
      hash: record.hash,
      printedCode: record.code,
    })
  })

  it('verifies as the same wording (text only, a legacy record) with nothing found', async () => {
    expect(judgeDocx(await inspectDocx(bytes), record)).toEqual({
      kind: 'sameWording',
      document: record,
      findings: [],
      legacy: true,
    })
  })

  it('hidden text in it is still found', async () => {
    const altered = editPart(bytes, DOCUMENT, (xml) =>
      formatWord(xml, PHRASE, 'tidak', '<w:vanish/>'),
    )
    expect(judgeDocx(await inspectDocx(altered), record)).toMatchObject({
      kind: 'sameWording',
      findings: [{ kind: 'hiddenText', text: 'tidak' }],
      legacy: true,
    })
  })
})

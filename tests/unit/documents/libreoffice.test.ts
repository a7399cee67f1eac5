import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildDemoFiles, demoContext } from '@shared/documents/demo'
import { inspectDocx } from '@shared/documents/docx-inspect'
import { canonicalText, readDocx } from '@shared/documents/text'
import { judgeDocx } from '@shared/documents/verdict'
import { finalisedNota } from './tamper-kit'

// Converts every demo document with LibreOffice, as a secretariat's printer would see it, then
// counts the pages and reads the text back. Skips itself only when soffice is not installed.

function hasCommand(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

// Only a missing LibreOffice skips the test (CI installs it); poppler missing is a failure.
const available = hasCommand('soffice')
if (!available) {
  console.warn('libreoffice.test.ts skipped: soffice (LibreOffice) is not installed')
}

// LibreOffice takes its time on a busy machine: each paper gets up to five minutes.

/** Expected page counts, generous enough for font metrics to differ between machines. */
const PAGE_BOUNDS: Record<string, [number, number]> = {
  '01 Berita Acara Kesepakatan.pdf': [8, 18],
  '02 Nota Kesepakatan.pdf': [8, 18],
  '03 Daftar Hadir.pdf': [2, 5],
  '04 Notulen.pdf': [3, 7],
  '05 Rencana Tindak Lanjut.pdf': [2, 5],
  '06 Laporan Pelaksanaan.pdf': [10, 22],
  // Its lampiran prints each invitee's check-in QR code, a row of about 1.7 cm each.
  '07 Surat Undangan.pdf': [2, 6],
}

const dir = mkdtempSync(join(tmpdir(), 'mufakat-lo-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** PDF text with line breaks folded (also after a hyphen), so a name split over two lines is found. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/- /g, '-')
}

describe.skipIf(!available)('LibreOffice renders every demo document', () => {
  for (const paper of ['F4', 'A4'] as const) {
    it(`on ${paper}: page counts within bounds, every participant and signatory named`, async () => {
      const out = join(dir, paper)
      const files = await buildDemoFiles({ paper })
      execFileSync('mkdir', ['-p', out])
      for (const file of files) writeFileSync(join(out, file.name), file.bytes)
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${join(dir, 'profile')}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          out,
          ...files.map((f) => join(out, f.name)),
        ],
        { stdio: 'ignore', timeout: 180_000 },
      )
      const pdfs = readdirSync(out)
        .filter((name) => name.endsWith('.pdf'))
        .sort()
      expect(pdfs).toEqual(Object.keys(PAGE_BOUNDS))
      const texts = new Map<string, string>()
      const broken: string[] = []
      for (const pdf of pdfs) {
        const info = execFileSync('pdfinfo', [join(out, pdf)]).toString()
        const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1])
        const [min, max] = PAGE_BOUNDS[pdf]!
        expect(pages, `${pdf} pages`).toBeGreaterThanOrEqual(min)
        expect(pages, `${pdf} pages`).toBeLessThanOrEqual(max)
        const raw = execFileSync('pdftotext', [join(out, pdf), '-']).toString()
        texts.set(pdf, flat(raw))
        const file = files.find((f) => f.name.replace(/\.docx$/, '.pdf') === pdf)!
        broken.push(...brokenWords(raw, file.bytes).map((word) => `${pdf}: ${word}`))
        // A page that opens with the place-date line holds a signature block on its own.
        raw.split('\f').forEach((page, index) => {
          const body = page.replace(new RegExp(`^\\s*-\\s*${index + 1}\\s*-`), '').trimStart()
          expect(body.startsWith('Kupang, '), `${pdf} page ${index + 1}`).toBe(false)
        })
      }
      // A word the document does not contain is a word LibreOffice broke across two lines.
      expect(broken, 'words broken across lines').toEqual([])
      const ctx = demoContext({ paper })
      const present = new Set(ctx.attendance.map((a) => a.personId))
      const attendees = ctx.people.filter((p) => present.has(p.id)).map((p) => p.name)
      const daftar = texts.get('03 Daftar Hadir.pdf')!
      const ba = texts.get('01 Berita Acara Kesepakatan.pdf')!
      for (const name of attendees) {
        expect(
          flat(daftar).includes(name) || wrapped(daftar, name),
          `${name} in Daftar Hadir`,
        ).toBe(true)
      }
      for (const s of ctx.signatories.filter(
        (s) => s.role !== 'pimpinan_rapat' && s.role !== 'notulis',
      )) {
        expect(ba.includes(s.name) || wrapped(ba, s.name), `${s.name} in Berita Acara`).toBe(true)
      }
      const notulen = texts.get('04 Notulen.pdf')!
      for (const s of ctx.signatories.filter(
        (s) => s.role === 'pimpinan_rapat' || s.role === 'notulis',
      )) {
        expect(notulen.includes(s.name) || wrapped(notulen, s.name), `${s.name} in Notulen`).toBe(
          true,
        )
      }
    }, 300_000)
  }
})

/** Words of the document's text, its headers and footers. */
function documentWords(bytes: Uint8Array): Set<string> {
  const parts = readDocx(bytes)
  const text = `${canonicalText(parts.documentXml)}\n${parts.headerFooterText}`
  const words = text.split(/\s+/).filter(Boolean)
  // pdftotext joins a word broken after its own hyphen ("Undang-" / "Undang") without the hyphen:
  // a break a compound word allows.
  return new Set([
    ...words,
    ...words.filter((w) => w.includes('-')).map((w) => w.replace(/-/g, '')),
  ])
}

/**
 * Words of the PDF that are not words of the document: the pieces of a word broken inside a
 * cell. Read from the raw pdftotext output, without re-joining lines after a hyphen (which hid
 * exactly these breaks). The page number "- N -" heads each page after the first as a field, so
 * pdftotext runs it into the page's first word; it is taken off first.
 */
function brokenWords(pdfText: string, docx: Uint8Array): string[] {
  const words = documentWords(docx)
  const pages = pdfText
    .split('\f')
    .map((page, index) => page.replace(new RegExp(`^\\s*-\\s*${index + 1}\\s*-?`), ''))
  return [
    ...new Set(
      pages
        .join(' ')
        .split(/\s+/)
        .filter(Boolean)
        .filter((word) => !words.has(word) && !/^(-|\d+)$/.test(word)),
    ),
  ]
}

/** A name wrapped inside a narrow cell comes out in pieces: find its words in order, close together. */
function wrapped(text: string, name: string): boolean {
  const words = name.split(/[\s-]+/)
  let from = text.indexOf(words[0]!)
  while (from >= 0) {
    let at = from
    let ok = true
    for (const word of words.slice(1)) {
      const next = text.indexOf(word, at)
      if (next < 0 || next - at > 400) {
        ok = false
        break
      }
      at = next
    }
    if (ok) return true
    from = text.indexOf(words[0]!, from + 1)
  }
  return false
}

describe.skipIf(!available)('a DOCX opened and saved again by LibreOffice', () => {
  it('verifies as the same wording, not as a different document', async () => {
    const { bytes, record } = await finalisedNota()
    const out = join(dir, 'resave')
    execFileSync('mkdir', ['-p', join(out, 'saved')])
    writeFileSync(join(out, 'Nota Kesepakatan.docx'), bytes)
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'docx',
        '--outdir',
        join(out, 'saved'),
        join(out, 'Nota Kesepakatan.docx'),
      ],
      { stdio: 'ignore', timeout: 180_000 },
    )
    const saved = new Uint8Array(readFileSync(join(out, 'saved', 'Nota Kesepakatan.docx')))
    const verdict = judgeDocx(await inspectDocx(saved), record)
    expect(verdict).toMatchObject({ kind: 'sameWording', findings: [] })
  }, 300_000)
})

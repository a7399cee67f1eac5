import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import en from '@shared/i18n/locales/en/documents.json'
import id from '@shared/i18n/locales/id/documents.json'
import { generatedDocumentSchema } from '@shared/domain'
import {
  findingMessage,
  readErrorMessage,
  verdictHeadline,
  type Message,
} from '@shared/documents/verdict-messages'
import type { Finding, Verdict } from '@shared/documents/verdict'

// Every verdict, finding and refusal has its sentence in both dictionaries, read here as a
// checker reads it on the Verifikasi page.

function read(dictionary: unknown, message: Message): string {
  let node: unknown = dictionary
  for (const part of message.key.split('.')) {
    node =
      typeof node === 'object' && node !== null
        ? (node as Record<string, unknown>)[part]
        : undefined
  }
  if (typeof node !== 'string') throw new Error(`no text for ${message.key}`)
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(message.values?.[name] ?? ''))
}

const record = generatedDocumentSchema.parse(
  JSON.parse(readFileSync('tests/fixtures/verification/v1-nota-kesepakatan.json', 'utf8')),
)

const VERDICTS: Verdict[] = [
  { kind: 'identical', document: record },
  { kind: 'sameWording', document: record, findings: [], legacy: false },
  { kind: 'sameWording', document: record, findings: [], legacy: true },
  { kind: 'different', document: record, differences: [], findings: [] },
  { kind: 'unknown', findings: [] },
]

const FINDINGS: Finding[] = [
  { kind: 'hiddenText', text: 'tidak' },
  { kind: 'pageColourText', text: 'tidak' },
  { kind: 'tinyText', text: 'tidak' },
  { kind: 'headersFootersChanged', differences: [] },
  { kind: 'imageReplaced', image: 'signature', label: 'Prof. Dr. Yosef Leonardus Kolo, M.Si.' },
  { kind: 'imageReplaced', image: 'emblem', label: '' },
  { kind: 'imageReplaced', image: 'qr', label: '' },
  { kind: 'imageReplaced', image: 'photo', label: 'Foto 1' },
  { kind: 'imageAdded', image: 'signature', label: 'x' },
  { kind: 'imageRemoved', image: 'signature', label: 'x' },
  { kind: 'comments', count: 2 },
  { kind: 'footnotes', count: 1 },
  { kind: 'trackedChanges', count: 1 },
  { kind: 'embeddedObjects', count: 1 },
]

describe('verification messages', () => {
  for (const [language, dictionary] of [
    ['id', id],
    ['en', en],
  ] as const) {
    it(`every verdict, finding and refusal reads in ${language}`, () => {
      const lines = [
        ...VERDICTS.map((v) => read(dictionary, verdictHeadline(v))),
        ...FINDINGS.map((f) => read(dictionary, findingMessage(f))),
        ...(
          [
            'not_docx',
            'unsupported_zip',
            'too_many_entries',
            'entry_too_large',
            'total_too_large',
          ] as const
        ).map((problem) =>
          read(dictionary, readErrorMessage({ problem, entry: 'word/document.xml' })),
        ),
      ]
      expect(lines.every((line) => line.length > 0 && !line.includes('{{'))).toBe(true)
    })
  }

  it('in Indonesian, a hidden word and a replaced signature read as a checker sees them', () => {
    expect(read(id, findingMessage(FINDINGS[0]!))).toBe(
      'Teks tersembunyi (tidak tampak dan tidak tercetak): “tidak”',
    )
    expect(read(id, findingMessage(FINDINGS[4]!))).toBe(
      'Gambar tanda tangan diganti: Prof. Dr. Yosef Leonardus Kolo, M.Si.',
    )
    expect(
      read(id, readErrorMessage({ problem: 'entry_too_large', entry: 'word/media/image1.png' })),
    ).toBe(
      'Berkas ditolak: bagian word/media/image1.png menjadi lebih dari 16 MB setelah diekstrak. Dokumen biasa tidak sebesar itu.',
    )
  })
})

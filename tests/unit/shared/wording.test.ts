import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const locales = join(__dirname, '../../../src/shared/i18n/locales')
const documents = join(__dirname, '../../../src/shared/documents')

interface Text {
  where: string
  key: string
  text: string
}

function texts(value: unknown, where: string, prefix = ''): Text[] {
  if (typeof value === 'string') return [{ where, key: prefix, text: value }]
  if (Array.isArray(value))
    return value.flatMap((child, i) => texts(child, where, `${prefix}.${i}`))
  if (typeof value !== 'object' || value === null) return []
  return Object.entries(value).flatMap(([key, child]) =>
    texts(child, where, prefix ? `${prefix}.${key}` : key),
  )
}

function locale(language: 'id' | 'en'): Text[] {
  return readdirSync(join(locales, language)).flatMap((file) =>
    texts(JSON.parse(readFileSync(join(locales, language, file), 'utf8')), `${language}/${file}`),
  )
}

/** The string literals of the document builders, their \${…} parts left out: what ends up on paper. */
function documentStrings(): Text[] {
  return readdirSync(documents)
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) =>
      readFileSync(join(documents, file), 'utf8')
        .split('\n')
        .flatMap((line, index) =>
          [...line.matchAll(/'((?:[^'\\]|\\.)*)'|`([^`]*)`/g)].map((literal) => ({
            where: file,
            key: String(index + 1),
            text: (literal[1] ?? literal[2] ?? '').replace(/\$\{[^}]*\}/g, ''),
          })),
        )
        // A lone lowercase word is a key ('email', 'rtl'), never printed.
        .filter(({ text }) => !/^[a-z_]+$/.test(text)),
    )
}

const shown = (found: Text[]) => found.map(({ where, key, text }) => `${where} ${key}: ${text}`)

/**
 * One term per thing (issue 13, point 9). An action item is a "rencana aksi" everywhere;
 * "Rencana Tindak Lanjut" survives only as the name of the document (the lampiran evaluators
 * ask for), and the abbreviation RTL not at all.
 */
const REJECTED: readonly { variant: RegExp; instead: string }[] = [
  { variant: /\bRTL\b/, instead: 'rencana aksi' },
  {
    variant: /rencana tindak lanjut/i,
    instead: 'rencana aksi (the document: Rencana Tindak Lanjut)',
  },
  { variant: /pos-el|\bsurel\b|\bemail\b/i, instead: 'e-mail' },
  { variant: /bekukan/i, instead: 'tetapkan dan kunci' },
  { variant: /\bawalan\b/i, instead: 'keterangan penandatanganan' },
  { variant: /sub[- ]kategori/i, instead: 'subkategori' },
  { variant: /satu baris per baris/i, instead: 'tiap … pada barisnya sendiri' },
]
const DOCUMENT_NAME = 'Rencana Tindak Lanjut'

function rejected(found: Text[]): string[] {
  return REJECTED.flatMap(({ variant, instead }) =>
    shown(found.filter(({ text }) => variant.test(text.replaceAll(DOCUMENT_NAME, '')))).map(
      (line) => `${line}  → ${instead}`,
    ),
  )
}

describe('wording', () => {
  it('the Indonesian texts use one term per thing', () => {
    expect(rejected(locale('id'))).toEqual([])
  })

  it('the documents use the same terms', () => {
    expect(rejected(documentStrings())).toEqual([])
  })

  it('finds a rejected variant when there is one', () => {
    const sample = (text: string) => [{ where: 'x', key: 'y', text }]
    expect(rejected(sample('Jumlah RTL'))).toHaveLength(1)
    expect(rejected(sample('Belum ada rencana tindak lanjut.'))).toHaveLength(1)
    expect(rejected(sample('Lampiran III: Rencana Tindak Lanjut'))).toEqual([])
    expect(rejected(sample('Pos-el dinas'))).toHaveLength(1)
    expect(rejected(sample('Alamat e-mail'))).toEqual([])
  })

  it.each([
    ['id', /unduh/i, /simpan/i],
    ['en', /download/i, /save/i],
  ] as const)(
    'every %s label that says download has a desktop text that says save',
    (language, download, save) => {
      const all = locale(language)
      const byKey = new Map(all.map((entry) => [`${entry.where}:${entry.key}`, entry.text]))
      const problems = all
        .filter(({ key, text }) => download.test(text) && !key.endsWith('_desktop'))
        .filter(({ where, key }) => {
          const desktop = byKey.get(`${where}:${key}_desktop`)
          return desktop === undefined || !save.test(desktop) || download.test(desktop)
        })
      expect(shown(problems)).toEqual([])
    },
  )

  it('every English text that counts a plural noun has its singular form', () => {
    // Filled by main without i18next, for a count that is never one (the bundled libraries).
    const exempt = new Set(['en/shell.json:about.licencesMessage'])
    const problems = locale('en').filter(
      ({ where, key, text }) =>
        !exempt.has(`${where}:${key}`) &&
        !/_(one|other)$/.test(key) &&
        /\{\{count\}\}(?: [a-z-]+)*? [a-z]+s\b/.test(text),
    )
    expect(shown(problems)).toEqual([])
  })
})

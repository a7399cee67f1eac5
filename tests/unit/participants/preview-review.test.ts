import { describe, expect, it } from 'vitest'
import {
  buildImportPreview,
  DuplicateIndex,
  isPlaceholder,
  keptRows,
  mapColumns,
  recheckRow,
  reviewOrder,
  skippedRanges,
  summarizeImport,
  type PreviewContext,
} from '@shared/participants'

const header = ['No', 'Nama', 'L/P', 'Unsur', 'No. HP', 'Email', 'NIP']
const mapping = mapColumns(header)

function context(): PreviewContext {
  return {
    forum: new DuplicateIndex<string>(),
    registry: new DuplicateIndex<string>(),
    defaultUnsur: 'pengguna_layanan',
  }
}

describe('placeholders', () => {
  it('reads dashes, dots, n/a and "tidak ada" as an empty cell', () => {
    for (const text of [
      '-',
      '–',
      '—',
      '--',
      ' - ',
      '.',
      '…',
      '?',
      'n/a',
      'N/A',
      'n.a.',
      'NA',
      'tidak ada',
      'Tidak Ada',
      'tdk. ada',
      'nihil',
      'kosong',
      '(-)',
    ]) {
      expect(isPlaceholder(text), text).toBe(true)
    }
  })

  it('keeps real values, ticks and answers such as "tidak"', () => {
    for (const text of ['', 'Ana', 'L', 'P', '0812', 'tidak', '✓', '√', 'Nana', 'n a n']) {
      expect(isPlaceholder(text), text).toBe(false)
    }
  })

  it('a placeholder in an optional cell is no problem, in the name cell it is a missing name', () => {
    const rows = [
      header,
      ['1', 'Ana Bria', 'P', 'OMS', '-', 'n/a', '—'],
      ['2', '-', 'L', 'OMS', '', 'tidak ada', ''],
      ['3', '—', '-', 'n/a', '.', '-', 'N/A'],
    ]
    const preview = buildImportPreview(rows, 0, mapping, context())
    expect(preview.rows[0]!.problems).toEqual([])
    expect(preview.rows[0]!.person).toMatchObject({ phone: '', email: '', nip: '' })
    expect(preview.rows[1]!.problems.map((p) => p.code)).toEqual(['name_missing'])
    // A row of placeholders only (the number column is not mapped) is an empty row.
    expect(preview.skipped).toEqual([{ row: 4, reason: 'empty' }])
  })
})

describe('correcting a row in the preview', () => {
  const rows = [
    header,
    ['1', 'Agustinus Lay', 'L', 'OMS', '', 'agus@flobamora', ''],
    ['2', 'Ana Bria', 'P', 'OMS', '', '', ''],
  ]

  it('checks the edited row again at once and names what is still wrong', () => {
    const known = context()
    const preview = buildImportPreview(rows, 0, mapping, known)
    expect(preview.rows[0]!.problems).toMatchObject([
      { field: 'email', column: 'F', code: 'email_invalid', value: 'agus@flobamora' },
    ])
    const still = recheckRow(preview, 2, 'email', 'agus@flobamora.', known)
    expect(still.rows[0]!.problems).toMatchObject([
      { field: 'email', code: 'email_invalid', value: 'agus@flobamora.' },
    ])
    const fixed = recheckRow(still, 2, 'email', '  agus@flobamora.co.id ', known)
    expect(fixed.rows[0]!.problems).toEqual([])
    expect(fixed.rows[0]!.person.email).toBe('agus@flobamora.co.id')
    expect(fixed.rows[0]!.keepByDefault).toBe(true)
    // The other rows are untouched, and the original preview too.
    expect(fixed.rows[1]).toBe(preview.rows[1])
    expect(preview.rows[0]!.problems).toHaveLength(1)
  })

  it('applies the record schema: a name over its limit names the limit', () => {
    const known = context()
    const preview = buildImportPreview(rows, 0, mapping, known)
    const long = recheckRow(preview, 3, 'name', 'A'.repeat(201), known)
    expect(long.rows[1]!.problems).toMatchObject([{ field: 'name', code: 'too_long', max: 200 }])
    const blank = recheckRow(long, 3, 'name', ' - ', known)
    expect(blank.rows[1]!.problems).toMatchObject([{ field: 'name', code: 'name_missing' }])
  })

  it('finds duplicates again: a corrected name can make a repeat, or end one', () => {
    const known = context()
    const preview = buildImportPreview(rows, 0, mapping, known)
    const repeat = recheckRow(preview, 3, 'name', 'AGUSTINUS LAY', known)
    expect(repeat.rows[1]!.duplicate).toEqual({ kind: 'file', row: 2 })
    expect(repeat.rows[1]!.keepByDefault).toBe(false)
    const distinct = recheckRow(repeat, 3, 'name', 'Agustina Lay', known)
    expect(distinct.rows[1]!.duplicate).toBeNull()
  })
})

describe('review order, kept rows and the summary', () => {
  const known = context()
  known.forum.add({ name: 'Siti Rahma' }, 'on-list')
  const rows = [
    header,
    ['1', 'Ana Bria', 'P', 'OMS', '', '', ''],
    ['2', 'Siti Rahma', 'P', 'OMS', '', '', ''],
    ['3', 'Budi', 'X', 'OMS', '', '', ''],
    [],
    ['4', 'Ana Bria', 'P', 'OMS', '', '', ''],
    ['No', 'Nama', 'L/P', 'Unsur', 'No. HP', 'Email', 'NIP'],
    ['5', 'Yakobus Tefa', 'L', 'Media', '', 'bad@', ''],
    ['6', 'Maria', 'P', 'Media', '', '', ''],
    ['', 'Jumlah', '', '', '', '', ''],
    ['', '', '', 'Kupang, 9 Maret 2026', '', '', ''],
  ]
  const preview = buildImportPreview(rows, 0, mapping, known)

  it('shows problem rows first, then duplicates, then the rest, each by sheet row', () => {
    expect(reviewOrder(preview.rows).map((r) => r.row)).toEqual([4, 8, 3, 6, 2, 9])
  })

  it('lists every skipped row with its reason, a run of footer rows as one range', () => {
    expect(preview.skipped).toEqual([
      { row: 5, reason: 'empty' },
      { row: 7, reason: 'header_repeat' },
      { row: 10, reason: 'footer' },
      { row: 11, reason: 'footer' },
    ])
    expect(skippedRanges(preview)).toEqual([
      { from: 5, to: 5, reason: 'empty' },
      { from: 7, to: 7, reason: 'header_repeat' },
      { from: 10, to: 11, reason: 'footer' },
    ])
  })

  it('keeps a duplicate only once confirmed, and counts what was left out and why', () => {
    const keep = new Set([2, 3, 4, 6, 9])
    expect(keptRows(preview, keep, new Set()).map((r) => r.row)).toEqual([2, 9])
    const confirmed = new Set([6])
    expect(keptRows(preview, keep, confirmed).map((r) => r.row)).toEqual([2, 6, 9])
    const summary = summarizeImport(preview, new Set([2, 6]), confirmed, {
      created: 2,
      linked: 0,
      alreadyListed: 0,
    })
    expect(summary).toEqual({
      added: 2,
      created: 2,
      linked: 0,
      skipped: [
        { reason: 'problems', count: 2 },
        { reason: 'unconfirmed_duplicate', count: 1 },
        { reason: 'not_chosen', count: 1 },
        { reason: 'empty', count: 1 },
        { reason: 'footer', count: 2 },
        { reason: 'header_repeat', count: 1 },
      ],
    })
  })
})

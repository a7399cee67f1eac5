import { describe, expect, it } from 'vitest'
import {
  buildImportPreview,
  detectHeaderRow,
  DuplicateIndex,
  mapColumns,
} from '@shared/participants'
import { readSpreadsheetRows } from '@shared/participants/spreadsheet-file'
import { MESSY_LIST_EXPECTED, messyListXlsx } from '../../fixtures/participants/messy-list'

const encode = (text: string) => new TextEncoder().encode(text)

describe('reading spreadsheet files', () => {
  it('reads the messy XLSX fixture into the expected preview', async () => {
    const read = await readSpreadsheetRows(new Uint8Array(await messyListXlsx()), 'undangan.xlsx')
    if (!read.ok) throw new Error(read.error)
    const header = detectHeaderRow(read.rows)
    expect(header + 1).toBe(MESSY_LIST_EXPECTED.headerRow)
    const preview = buildImportPreview(read.rows, header, mapColumns(read.rows[header]!), {
      forum: new DuplicateIndex(),
      registry: new DuplicateIndex(),
      defaultUnsur: 'pengguna_layanan',
    })
    expect(preview.rows.map((r) => r.row)).toEqual(MESSY_LIST_EXPECTED.dataRows)
    expect(preview.rows.filter((r) => r.keepByDefault).map((r) => r.row)).toEqual(
      MESSY_LIST_EXPECTED.keptByDefault,
    )
    const problems = Object.fromEntries(
      preview.rows.filter((r) => r.problems.length).map((r) => [r.row, r.problems[0]!.code]),
    )
    expect(problems).toEqual(MESSY_LIST_EXPECTED.problems)
    expect(preview.rows.find((r) => r.row === 12)!.duplicate).toEqual({ kind: 'file', row: 5 })
    const skipped = (reason: string) =>
      preview.skipped.filter((s) => s.reason === reason).map((s) => s.row)
    expect(skipped('empty')).toEqual(MESSY_LIST_EXPECTED.emptyRows)
    expect(skipped('footer')).toEqual(MESSY_LIST_EXPECTED.footerRows)

    expect(preview.rows.filter((r) => r.keepByDefault).map((r) => r.person.name)).toEqual(
      MESSY_LIST_EXPECTED.keptNames,
    )
    const ndolu = preview.rows[0]!.person
    expect(ndolu).toMatchObject({
      name: 'Dr. Ir. H. Yohanes Ndolu, M.Si',
      phone: '081234567890',
      unsur: 'ahli_praktisi_akademisi',
    })
    const manu = preview.rows.find((r) => r.row === 9)!.person
    expect(manu).toMatchObject({ phone: '085239001234', nip: '199001012015032001', gender: 'P' })
    // The unsur cell merged over rows 9–10 reaches row 10 too.
    expect(preview.rows.find((r) => r.row === 10)!.person.unsur).toBe('instansi_terkait')
  })

  it('reads CSV with semicolons and a BOM, as Indonesian Excel saves it', async () => {
    const read = await readSpreadsheetRows(
      encode('\ufeffNama;L/P;No. HP\nSiti Rahma;P;81234567890\n'),
      'daftar.csv',
    )
    expect(read).toMatchObject({
      ok: true,
      rows: [['Nama', 'L/P', 'No. HP'], ['Siti Rahma', 'P', '81234567890'], ['']],
    })
  })

  it('refuses what is not a spreadsheet, old .xls and empty sheets', async () => {
    expect(await readSpreadsheetRows(encode('%PDF-1.7\u0000\u0001'), 'a.pdf')).toEqual({
      ok: false,
      error: 'not_spreadsheet',
    })
    expect(await readSpreadsheetRows(encode('PK\u0003\u0004garbage'), 'a.xlsx')).toEqual({
      ok: false,
      error: 'not_spreadsheet',
    })
    expect(
      await readSpreadsheetRows(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2]), 'a.xls'),
    ).toEqual({ ok: false, error: 'xls_unsupported' })
    expect(await readSpreadsheetRows(encode(' ;;\n;;\n'), 'a.csv')).toEqual({
      ok: false,
      error: 'empty',
    })
  })
})

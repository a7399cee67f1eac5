import { describe, expect, it } from 'vitest'
import { normalizeForSearch } from '@shared/format/names'
import {
  buildImportPreview,
  buildSearchEntries,
  columnLetter,
  computeRecap,
  detectHeaderRow,
  DuplicateIndex,
  isFooterText,
  keepBlocker,
  mapColumns,
  normalizePhone,
  parseDisability,
  parseGender,
  parseUnsur,
  rememberMapping,
  searchEntries,
  type RecapEntry,
} from '@shared/participants'

const noKnown = () => ({
  forum: new DuplicateIndex<string>(),
  registry: new DuplicateIndex<string>(),
  defaultUnsur: 'pengguna_layanan' as const,
})

describe('header row detection', () => {
  it('finds the header below merged title rows and a blank row', () => {
    const rows = [
      ['DAFTAR UNDANGAN', '', '', ''],
      ['FKP STANDAR PELAYANAN', '', '', ''],
      ['', '', '', ''],
      ['No', 'Nama Lengkap', 'L/P', 'Instansi'],
      ['1', 'Siti', 'P', 'PKK'],
    ]
    expect(detectHeaderRow(rows)).toBe(3)
  })

  it('prefers the row naming most columns and needs a name column', () => {
    expect(detectHeaderRow([['Nama'], ['No', 'Nama', 'Jenis Kelamin', 'Jabatan']])).toBe(1)
    expect(
      detectHeaderRow([
        ['No', 'Jabatan', 'Instansi'],
        ['1', 'Kepala', 'Dinas'],
      ]),
    ).toBe(-1)
  })
})

describe('column mapping', () => {
  it('maps the usual Indonesian headers, whatever their punctuation and case', () => {
    const mapping = mapColumns([
      'NO',
      'NAMA LENGKAP',
      'Jenis Kelamin',
      'Jabatan',
      'Asal Lembaga',
      'Unsur',
      'No. HP / WA',
      'E-mail',
      'NIP',
    ])
    expect(mapping).toMatchObject({
      name: 1,
      gender: 2,
      position: 3,
      institution: 4,
      unsur: 5,
      phone: 6,
      email: 7,
      nip: 8,
      address: null,
    })
    expect(mapColumns(['Nama', 'L/P', 'Telepon', 'Lembaga'])).toMatchObject({
      name: 0,
      gender: 1,
      phone: 2,
      institution: 3,
    })
  })

  it('takes a remembered choice over the guess, and remembers what the user changed', () => {
    const header = ['Nama', 'Keterangan', 'Kontak']
    const guessed = mapColumns(header)
    expect(guessed.phone).toBe(2)
    const chosen = { ...guessed, phone: null, institution: 1 }
    const remembered = rememberMapping(header, chosen)
    expect(remembered).toEqual({ nama: 'name', keterangan: 'institution', kontak: 'ignore' })
    expect(mapColumns(header, remembered)).toMatchObject({ name: 0, institution: 1, phone: null })
  })

  it('names columns as a spreadsheet does', () => {
    expect([0, 25, 26, 27, 701].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ'])
  })
})

describe('normalisation', () => {
  it('restores the leading 0 Excel dropped and keeps phones as text', () => {
    expect(normalizePhone('81234567890')).toBe('081234567890')
    expect(normalizePhone('8.1234567890E10')).toBe('081234567890')
    expect(normalizePhone('0812-3456-7890')).toBe('081234567890')
    expect(normalizePhone('+62 812 3456 7890')).toBe('+6281234567890')
    expect(normalizePhone(' ')).toBe('')
    expect(normalizePhone('8123')).toBeNull()
    expect(normalizePhone('tidak ada')).toBeNull()
  })

  it('reads L/P in every usual spelling', () => {
    expect(['L', 'l', 'Laki-laki', 'LAKI LAKI', 'pria'].map(parseGender)).toEqual(
      Array(5).fill('L'),
    )
    expect(['P', 'p', 'Perempuan', 'WANITA'].map(parseGender)).toEqual(Array(4).fill('P'))
    expect(parseGender('')).toBe('')
    expect(parseGender('X')).toBeNull()
  })

  it('reads unsur labels and their common synonyms', () => {
    expect(parseUnsur('Ahli/Praktisi/Akademisi')).toBe('ahli_praktisi_akademisi')
    expect(parseUnsur('akademisi')).toBe('ahli_praktisi_akademisi')
    expect(parseUnsur('OMS')).toBe('organisasi_masyarakat_sipil')
    expect(parseUnsur('Tokoh Agama')).toBe('organisasi_masyarakat_sipil')
    expect(parseUnsur('Unsur Media Massa')).toBe('media_massa')
    expect(parseUnsur('OPD Terkait')).toBe('instansi_terkait')
    expect(parseUnsur('Dunia Usaha')).toBe('pengguna_layanan')
    expect(parseUnsur('Panitia')).toBe('penyelenggara')
    expect(parseUnsur('')).toBe('')
    expect(parseUnsur('Alien')).toBeNull()
  })

  it('reads the disability flag', () => {
    expect(['Ya', 'v', '1', 'Tuna Daksa', '✓'].map(parseDisability)).toEqual(Array(5).fill(true))
    expect(['', 'Tidak', '-', '0'].map(parseDisability)).toEqual(Array(4).fill(false))
  })

  it('recognises footer lines', () => {
    for (const text of [
      'Kupang, 9 Maret 2026',
      'Mengetahui,',
      'Kepala Dinas PMPTSP,',
      'NIP. 1970',
      '(______________)',
    ]) {
      expect(isFooterText(text), text).toBe(true)
    }
    expect(isFooterText('Maria Goreti Bria')).toBe(false)
  })
})

describe('import preview', () => {
  const header = ['No', 'Nama', 'L/P', 'Unsur', 'No. HP', 'Email', 'NIP']
  const mapping = mapColumns(header)

  it('names each problem by row, column and value', () => {
    const rows = [
      header,
      ['1', '', 'L', 'OMS', '', '', ''],
      ['2', 'Ana', 'Q', 'Alien', '12', 'ana@', '1986'],
    ]
    const preview = buildImportPreview(rows, 0, mapping, noKnown())
    expect(preview.rows[0]!.problems).toEqual([
      { field: 'name', column: 'B', code: 'name_missing', value: '' },
    ])
    expect(preview.rows[1]!.row).toBe(3)
    expect(preview.rows[1]!.problems.map((p) => `${p.column}:${p.code}:${p.value}`)).toEqual([
      'G:nip_length:1986',
      'C:gender_unreadable:Q',
      'D:unsur_unknown:Alien',
      'E:phone_invalid:12',
      'F:email_invalid:ana@',
    ])
    expect(preview.rows.map((r) => [keepBlocker(r, true), r.keepByDefault])).toEqual([
      ['problems', false],
      ['problems', false],
    ])
  })

  it('takes the sex from a valid NIP when the L/P cell is empty', () => {
    const rows = [header, ['1', 'Elisabeth Manu', '', 'OMS', '', '', '199001012015032001']]
    const [row] = buildImportPreview(rows, 0, mapping, noKnown()).rows
    expect(row!.person.gender).toBe('P')
    expect(row!.problems).toEqual([])
  })

  it('skips empty and numbering rows and everything from the footer down', () => {
    const rows = [
      header,
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'],
      ['1', 'Ana', 'P', 'OMS', '', '', ''],
      ['2', '', '', '', '', '', ''],
      ['', '', '', 'Kupang, 9 Maret 2026', '', '', ''],
      ['', 'Budi Wijaya', '', '', '', '', ''],
    ]
    const preview = buildImportPreview(rows, 0, mapping, noKnown())
    expect(preview.rows.map((r) => r.row)).toEqual([3])
    expect(preview.skipped).toEqual([
      { row: 2, reason: 'numbering' },
      { row: 4, reason: 'empty' },
      { row: 5, reason: 'footer' },
      { row: 6, reason: 'footer' },
    ])
  })

  it('carries a merged unsur cell down to the rows it spans', () => {
    const rows = [
      header,
      ['1', 'Ana', 'P', 'Media', '', '', ''],
      ['2', 'Budi', 'L', '', '', '', ''],
    ]
    const preview = buildImportPreview(rows, 0, mapping, noKnown())
    expect(preview.rows.map((r) => r.person.unsur)).toEqual(['media_massa', 'media_massa'])
  })
})

describe('duplicate detection', () => {
  const header = ['Nama', 'L/P', 'No. HP', 'NIP']
  const mapping = mapColumns(header)

  it('matches names without titles, and a shared phone or NIP', () => {
    const index = DuplicateIndex.of(
      [{ id: 'p1', name: 'Dr. Yohanes Ndolu, M.Si', phone: '081234567890', nip: '' }],
      (p) => p,
      (p) => p.id,
    )
    expect(index.find({ name: 'yohanes ndolu', phone: '+62 812 3456 7890' })).toBe('p1')
    expect(index.find({ name: 'YOHANES NDOLU' })).toBe('p1')
    expect(index.find({ name: 'Yohanes Ndolu', phone: '081299999999' })).toBeNull()
    expect(index.find({ name: 'Yohanes Ndolo' })).toBeNull()
  })

  it('flags repeats in the file, on the forum list and in the registry', () => {
    const context = noKnown()
    context.forum.add({ name: 'Siti Rahma', phone: '081111111111' }, 'on-list')
    context.registry.add({ name: 'Budi Santoso, S.E', nip: '199001012015031001' }, 'in-registry')
    const rows = [
      header,
      ['Ana Bria', 'P', '81234567890', ''],
      ['ANA  BRIA', 'p', '0812-3456-7890', ''],
      ['Siti Rahma', 'P', '081111111111', ''],
      ['Budi Santoso', 'L', '', '199001012015031001'],
    ]
    const preview = buildImportPreview(rows, 0, mapping, context)
    expect(preview.rows.map((r) => r.duplicate)).toEqual([
      null,
      { kind: 'file', row: 2 },
      { kind: 'forum', personId: 'on-list' },
      { kind: 'registry', personId: 'in-registry' },
    ])
    // Repeats in the file and people on the list wait for "bukan orang yang sama"; a registry
    // match is linked, so it needs no confirmation.
    expect(preview.rows.map((r) => [keepBlocker(r, false), keepBlocker(r, true)])).toEqual([
      [null, null],
      ['unconfirmed_duplicate', null],
      ['unconfirmed_duplicate', null],
      [null, null],
    ])
    expect(preview.rows.map((r) => r.keepByDefault)).toEqual([true, false, false, true])
  })
})

describe('search normalisation', () => {
  const people = [
    { name: 'Dr. Ir. H. Yohanes Ndolu, M.Si', institution: 'Universitas Nusa Cendana' },
    { name: 'Maria Goreti Bria, S.Sos., M.AP', institution: 'LSM Bengkel APPeK' },
    { name: 'Ni Ketut Dewi Sándra', institution: 'Dinas Kominfo' },
    { name: 'Andreas Ndoluan', institution: 'Pos Kupang' },
  ]
  const entries = buildSearchEntries(
    people,
    (p) => normalizeForSearch(p.name),
    (p) => p.institution,
  )
  const names = (query: string) => searchEntries(entries, query).map((p) => p.name)

  it('ignores case, diacritics, extra spaces and titles', () => {
    expect(normalizeForSearch('Dr. Ir. H. Yohanes Ndolu, M.Si')).toBe('yohanes ndolu')
    expect(names('ndolu')[0]).toBe('Dr. Ir. H. Yohanes Ndolu, M.Si')
    expect(names('  YOHANES   ndolu ')).toEqual(['Dr. Ir. H. Yohanes Ndolu, M.Si'])
    expect(names('sandra')).toEqual(['Ni Ketut Dewi Sándra'])
    expect(names('dr. maria')).toEqual(['Maria Goreti Bria, S.Sos., M.AP'])
  })

  it('ranks word starts first, then other name matches, then institutions', () => {
    expect(names('ndolu')).toEqual(['Dr. Ir. H. Yohanes Ndolu, M.Si', 'Andreas Ndoluan'])
    expect(names('olu')).toEqual(['Dr. Ir. H. Yohanes Ndolu, M.Si', 'Andreas Ndoluan'])
    expect(names('kominfo')).toEqual(['Ni Ketut Dewi Sándra'])
    expect(names('')).toHaveLength(4)
  })
})

describe('recap', () => {
  const entry = (
    unsur: RecapEntry['unsur'],
    gender: 'L' | 'P',
    institution = '',
    disability = false,
  ) => ({
    unsur,
    gender,
    institution,
    disability,
  })

  it('counts per unsur, L/P, disability and institution without the organisers', () => {
    const recap = computeRecap(
      [
        entry('ahli_praktisi_akademisi', 'L', 'Undana'),
        entry('organisasi_masyarakat_sipil', 'P', 'LSM Bengkel', true),
        entry('instansi_terkait', 'P', 'undana '),
        entry('penyelenggara', 'L', 'DPMPTSP'),
      ],
      'fkp',
    )
    expect(recap).toMatchObject({
      total: 4,
      masyarakat: 3,
      penyelenggara: 1,
      byGender: { L: 1, P: 2 },
      disability: 1,
      score: 3,
      scored: true,
      warning: true,
    })
    expect(recap.byUnsur.instansi_terkait).toBe(1)
    expect(recap.byInstitution[0]).toEqual({ institution: 'Undana', count: 2 })
    expect(recap.distinctUnsur).toEqual([
      'ahli_praktisi_akademisi',
      'instansi_terkait',
      'organisasi_masyarakat_sipil',
    ])
  })

  it('scores five for all five unsur and warns no more from four', () => {
    const all = computeRecap(
      [
        entry('pengguna_layanan', 'L'),
        entry('ahli_praktisi_akademisi', 'L'),
        entry('instansi_terkait', 'L'),
        entry('organisasi_masyarakat_sipil', 'L'),
        entry('media_massa', 'P'),
      ],
      'public_hearing',
    )
    expect([all.score, all.warning]).toEqual([5, false])
    expect(computeRecap([entry('penyelenggara', 'L')], 'fkp')).toMatchObject({
      score: 0,
      warning: true,
    })
  })

  it('a workshop or a sosialisasi shows the recap without the PEKPPP score or warning', () => {
    for (const kind of ['workshop', 'sosialisasi', 'fgd'] as const) {
      const recap = computeRecap([entry('pengguna_layanan', 'L')], kind)
      expect(recap).toMatchObject({ total: 1, scored: false, warning: false })
    }
  })
})

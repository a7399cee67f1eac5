// Names are stored exactly as written, titles included ("Dr. Ir. H. Yohanes Ndolu, M.Si"); these
// helpers only build search and duplicate-detection keys from them.

/** Trims and turns every run of whitespace (NBSP, tabs, zero-width spaces, newlines) into one space. */
export function collapseSpaces(s: string): string {
  return s.replace(/[\s\u200b]+/g, ' ').trim()
}

function stripDiacritics(s: string): string {
  // NFKD rather than NFD also folds compatibility forms (full-width letters, ligatures).
  return s.normalize('NFKD').replace(/\p{M}/gu, '')
}

/** Lower case, no diacritics, single spaces: a general-purpose search key (titles kept). */
export function normalizeText(s: string): string {
  return collapseSpaces(stripDiacritics(s).toLowerCase())
}

// Titles written before the name. Only recognised WITH their dot: "Dra" or "Sr" without one may be
// part of a real name, and a single letter with a dot (H.) only counts at the front, as Haji.
const FRONT_TITLES = [
  'Prof',
  'Dr',
  'Drs',
  'Dra',
  'Drg',
  'Ir',
  'H',
  'Hj',
  'Hjh',
  'K\\.\\s?H',
  'KH',
  'Ust',
  'Ustd',
  'Pdt',
  'RD',
  'Rm',
  'Mgr',
  'Sr',
  'Tn',
  'Ny',
  'Nn',
  'Bpk',
  'Bp',
  'Sdr',
  'Sdri',
  'Ns',
  'Apt',
]
const FRONT_TITLE = new RegExp(`^(?:${FRONT_TITLES.join('|')})\\.\\s*`, 'i')

// Honorifics written without a dot are ordinary words too, so they are only dropped as the first
// word of a longer name ("Ibu Ketut Sari", but a person called "Romo" alone keeps the word).
const FRONT_HONORIFICS = [
  'bapak',
  'bpk',
  'pak',
  'ibu',
  'bu',
  'ustadz',
  'ustaz',
  'ustadzah',
  'ustazah',
  'romo',
  'pater',
  'pastor',
  'pendeta',
  'suster',
  'kiai',
  'kyai',
  'haji',
  'hajah',
  'hajjah',
  'saudara',
  'saudari',
  'tuan',
  'nyonya',
]
const FRONT_HONORIFIC = new RegExp(`^(?:${FRONT_HONORIFICS.join('|')})\\s+(?=\\S)`, 'i')

// Degrees written after the name, compared case-insensitively without their final dot.
const KNOWN_BACK_TITLES = new Set(
  [
    'S.Sos',
    'S.H',
    'S.E',
    'S.T',
    'S.Kom',
    'S.Pd',
    'S.Ag',
    'S.IP',
    'S.AP',
    'S.Psi',
    'S.Ked',
    'S.Kep',
    'S.Farm',
    'S.P',
    'S.S',
    'A.Md',
    'M.Si',
    'M.AP',
    'M.M',
    'M.H',
    'M.T',
    'M.Kes',
    'M.Pd',
    'M.Sc',
    'M.A',
    'Ph.D',
    'Lc',
    'Pr',
  ].map((t) => t.toLowerCase()),
)

// After a comma, degrees and religious orders are also written without dots ("SE, MM", "SVD").
const DOTLESS_BACK_TITLES = new Set(
  [
    'SE',
    'SH',
    'ST',
    'SS',
    'SP',
    'SKom',
    'SPd',
    'SAg',
    'SIP',
    'SAP',
    'SSos',
    'SPsi',
    'SKed',
    'SKep',
    'SFarm',
    'SKM',
    'AMd',
    'MSi',
    'MAP',
    'MM',
    'MH',
    'MT',
    'MKes',
    'MPd',
    'MSc',
    'MA',
    'MBA',
    'MPH',
    'MPA',
    'PhD',
    'BA',
    'BSc',
    'LLM',
    'Lc',
    'Ns',
    'Ners',
    'Apt',
    'Pr',
    'SVD',
    'OFM',
    'SJ',
    'CMF',
    'MSF',
    'MSC',
    'OCD',
    'OCarm',
    'CSsR',
    'CICM',
    'SDB',
    'OP',
    'CIJ',
    'SSpS',
    'PRR',
    'FMM',
    'OSU',
    'CB',
  ].map((t) => t.toLowerCase()),
)

// 1–4 letter groups joined by dots (or a hyphen, as in "Sp.PD-KGEH"), optionally with a
// parenthesised consultant mark ("Sp.A(K)"). Must contain a dot; checked separately.
const DOTTED_ABBREVIATION = /^[a-z]{1,4}(?:[.-][a-z]{1,4})*\.?(?:\([a-z]{1,8}\)\.?)?$/i

function isDottedAbbreviation(token: string): boolean {
  return token.includes('.') && DOTTED_ABBREVIATION.test(token)
}

function isKnownBackTitle(token: string): boolean {
  return KNOWN_BACK_TITLES.has(token.replace(/\.+$/, '').toLowerCase())
}

// Without a comma a trailing "A." or "A.B." may be initials, so only known degrees, or
// abbreviations of several groups one of which has two or more letters ("S.Kep", "A.Md.Kes"),
// count as titles there.
function isTrailingTitle(token: string): boolean {
  if (token === 'MBA' || token === 'SKM') return true
  if (!isDottedAbbreviation(token)) return false
  if (isKnownBackTitle(token)) return true
  const groups = token.split(/[.()-]/).filter(Boolean)
  return groups.length >= 2 && groups.some((group) => group.length >= 2)
}

function isTitleSegment(segment: string): boolean {
  // "S. Sos" is the same title as "S.Sos".
  const tokens = segment.replace(/\.\s+/g, '.').split(' ').filter(Boolean)
  return tokens.every(
    (token) => isDottedAbbreviation(token) || DOTLESS_BACK_TITLES.has(token.toLowerCase()),
  )
}

function stripFrontTitles(name: string): string {
  let rest = name
  for (;;) {
    const next = rest.replace(FRONT_TITLE, '').replace(FRONT_HONORIFIC, '')
    if (next === rest) return rest
    rest = next
  }
}

function stripTrailingTitles(name: string): string {
  const tokens = name.split(' ').filter(Boolean)
  while (tokens.length > 1 && isTrailingTitle(tokens[tokens.length - 1] ?? '')) tokens.pop()
  return tokens.join(' ')
}

function toSearchKey(s: string): string {
  return collapseSpaces(
    s
      .toLowerCase()
      // Ma'ruf is searched as "maruf", not "ma ruf".
      .replace(/['`\u00b4\u02bc\u2018\u2019]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' '),
  )
}

/**
 * Search key for a person's name: lower case, no diacritics or punctuation, and without academic,
 * religious and courtesy titles, so "Dr. Ir. H. Yohanes Ndolu, M.Si" and "yohanes ndolu" match.
 * A name made only of titles falls back to its plain key rather than an empty string.
 */
export function normalizeForSearch(s: string): string {
  const text = collapseSpaces(stripDiacritics(s))
  const [head = '', ...tail] = text.split(',')
  const kept = [stripTrailingTitles(stripFrontTitles(head.trim()))]
  for (const segment of tail) {
    if (!isTitleSegment(segment)) kept.push(segment)
  }
  return toSearchKey(kept.join(' ')) || toSearchKey(text)
}

import { unzipSync, strFromU8 } from 'fflate'

// The text a DOCX states, read back from its XML: one line per paragraph, in document order. The
// canonical form that is hashed at finalisation is exactly this text of word/document.xml, so a
// file can be checked later by reading it again with the same function.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)))
    return ENTITIES[name] ?? whole
  })
}

/** Just word/document.xml: what finalising hashes, without inflating images and the rest. */
export function readDocumentXml(bytes: Uint8Array): string {
  const files = unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' })
  const entry = files['word/document.xml']
  if (!entry) throw new Error('not_docx')
  return strFromU8(entry)
}

/** Lines of text of one WordprocessingML part, one per <w:p>, runs joined, tabs as spaces. */
export function xmlParagraphs(xml: string): string[] {
  const lines: string[] = []
  for (const match of xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)) {
    const paragraph = match[0]
    let line = ''
    for (const piece of paragraph.matchAll(
      /<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t>|<w:tab\/>|<w:br\/>/g,
    )) {
      line += piece[1] !== undefined ? decode(piece[1]) : ' '
    }
    lines.push(line)
  }
  return lines
}

/** Canonical text: non-empty paragraph lines with collapsed spaces. */
export function canonicalText(documentXml: string): string {
  return xmlParagraphs(documentXml)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
}

export interface DocxParts {
  documentXml: string
  /** Text of all headers and footers (the kop, the verification code). */
  headerFooterText: string
  /** w:pgSz of the (single) section: page width and height in twips. */
  pageSize: { width: number; height: number } | null
  files: Record<string, Uint8Array>
}

export function readDocx(bytes: Uint8Array): DocxParts {
  const files = unzipSync(bytes)
  const documentEntry = files['word/document.xml']
  if (!documentEntry) throw new Error('not_docx')
  const documentXml = strFromU8(documentEntry)
  const headerFooterText = Object.keys(files)
    .filter((name) => /^word\/(header|footer)\d*\.xml$/.test(name))
    .sort()
    .map((name) => xmlParagraphs(strFromU8(files[name]!)).join('\n'))
    .join('\n')
  const size = /<w:pgSz [^>]*?w:w="(\d+)"[^>]*?w:h="(\d+)"/.exec(documentXml)
  return {
    documentXml,
    headerFooterText,
    pageSize: size ? { width: Number(size[1]), height: Number(size[2]) } : null,
    files,
  }
}

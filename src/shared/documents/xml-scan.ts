// A single-pass XML tokenizer for the parts of a DOCX that verification reads. A user's file is
// untrusted: every character is looked at a bounded number of times (indexOf from the current
// position, never a backtracking regex), so a file of unclosed paragraphs costs what its size
// costs. It knows only what WordprocessingML needs: start, end and empty tags, text, and skips
// comments, processing instructions and declarations.

export interface XmlTag {
  name: string
  /** The raw attribute text between the name and the closing bracket. */
  attributes: string
  kind: 'open' | 'close' | 'empty'
}

export interface XmlHandler {
  tag(tag: XmlTag): void
  text(text: string): void
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,4});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return ENTITIES[name] ?? whole
  })
}

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r'
}

/** The end of a tag that starts at `from`: the first '>' outside quotes, or -1. */
function tagEnd(xml: string, from: number): number {
  let quote = ''
  for (let i = from; i < xml.length; i++) {
    const ch = xml[i]
    if (quote) {
      if (ch === quote) quote = ''
    } else if (ch === '"' || ch === "'") {
      quote = ch
    } else if (ch === '>') {
      return i
    }
  }
  return -1
}

function skipTo(xml: string, marker: string, from: number): number {
  const at = xml.indexOf(marker, from)
  return at < 0 ? xml.length : at + marker.length
}

export function scanXml(xml: string, handler: XmlHandler): void {
  let i = 0
  const n = xml.length
  while (i < n) {
    const lt = xml.indexOf('<', i)
    if (lt < 0) {
      handler.text(decodeEntities(xml.slice(i)))
      return
    }
    if (lt > i) handler.text(decodeEntities(xml.slice(i, lt)))
    const next = xml[lt + 1]
    if (next === '?') {
      i = skipTo(xml, '?>', lt + 2)
      continue
    }
    if (next === '!') {
      if (xml.startsWith('<!--', lt)) i = skipTo(xml, '-->', lt + 4)
      else if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9)
        handler.text(xml.slice(lt + 9, end < 0 ? n : end))
        i = end < 0 ? n : end + 3
      } else i = skipTo(xml, '>', lt + 2)
      continue
    }
    const end = tagEnd(xml, lt + 1)
    if (end < 0) return
    const closing = next === '/'
    let body = xml.slice(closing ? lt + 2 : lt + 1, end)
    const empty = !closing && body.endsWith('/')
    if (empty) body = body.slice(0, -1)
    let nameEnd = 0
    while (nameEnd < body.length && !isSpace(body[nameEnd])) nameEnd++
    handler.tag({
      name: body.slice(0, nameEnd),
      attributes: body.slice(nameEnd),
      kind: closing ? 'close' : empty ? 'empty' : 'open',
    })
    i = end + 1
  }
}

/** One attribute's value from a tag's attribute text ("w:val" of ` w:val="FFFFFF"`). */
export function attribute(tag: XmlTag, name: string): string | undefined {
  const text = tag.attributes
  let from = 0
  for (;;) {
    const at = text.indexOf(name, from)
    if (at < 0) return undefined
    from = at + name.length
    const before = text[at - 1]
    if (before !== undefined && !isSpace(before)) continue
    let j = from
    while (j < text.length && isSpace(text[j])) j++
    if (text[j] !== '=') continue
    j++
    while (j < text.length && isSpace(text[j])) j++
    const quote = text[j]
    if (quote !== '"' && quote !== "'") return undefined
    const close = text.indexOf(quote, j + 1)
    return decodeEntities(text.slice(j + 1, close < 0 ? text.length : close))
  }
}

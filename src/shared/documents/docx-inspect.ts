import { sha256Hex } from '../bytes'
import type { DocumentImage } from '../domain/records'
import { openDocx, utf8Text, type DocxArchive } from './docx-reader'
import { attribute, scanXml, type XmlHandler, type XmlTag } from './xml-scan'

// What a DOCX states and how it shows it, read in one pass over each part it needs: the body's
// canonical text (the hash version 1 rule, line for line what text.ts reads), the headers' and
// footers' text, a SHA-256 of every image with the signatory or caption it belongs to, and what
// can change a document's appearance without changing its words (hidden or invisible text,
// tracked changes, comments, footnotes, embedded objects).

export type InspectionFinding =
  | { kind: 'hiddenText' | 'pageColourText' | 'tinyText'; text: string }
  | { kind: 'trackedChanges' | 'comments' | 'footnotes' | 'embeddedObjects'; count: number }

export interface DocxInspection {
  fileSha256: string
  /** The body's canonical text (hash version 1). */
  canonical: string
  hash: string
  headerFooterText: string
  /** The code printed in a footer, if any. */
  printedCode: string | null
  images: DocumentImage[]
  findings: InspectionFinding[]
}

interface RunLook {
  hidden?: boolean
  color?: string
  /** Half-points. */
  size?: number
}

interface StyleLook extends RunLook {
  basedOn?: string
}

/** Fewer half-points than this (4 pt) cannot be read on paper. */
const TINY_HALF_POINTS = 8
const MAX_SAMPLES = 20
const CODE_IN_FOOTER = /Kode verifikasi: (MFK-[0-9A-Z]{4}-[0-9A-Z]{4})/

function isOn(tag: XmlTag): boolean {
  const value = attribute(tag, 'w:val')
  return value === undefined || !['false', '0', 'off'].includes(value)
}

/** vanish, specVanish, color, sz and rStyle of one rPr child into `look`. */
function readRunProperty(tag: XmlTag, look: RunLook & { style?: string }): void {
  switch (tag.name) {
    case 'w:vanish':
    case 'w:specVanish':
      look.hidden = isOn(tag)
      break
    case 'w:color': {
      const value = attribute(tag, 'w:val')
      if (value) look.color = value.toUpperCase()
      break
    }
    case 'w:sz': {
      const value = Number(attribute(tag, 'w:val'))
      if (Number.isFinite(value)) look.size = value
      break
    }
    case 'w:rStyle':
      look.style = attribute(tag, 'w:val')
      break
  }
}

function readStyles(xml: string | undefined): {
  defaults: RunLook
  styles: Map<string, StyleLook>
} {
  const styles = new Map<string, StyleLook>()
  const defaults: RunLook = {}
  if (!xml) return { defaults, styles }
  let current: StyleLook | null = null
  let inDefaults = false
  let rPrDepth = 0
  scanXml(xml, {
    text() {},
    tag(tag) {
      if (tag.name === 'w:style' && tag.kind === 'open') {
        current = {}
        const id = attribute(tag, 'w:styleId')
        if (id) styles.set(id, current)
      } else if (tag.name === 'w:style' && tag.kind === 'close') current = null
      else if (tag.name === 'w:rPrDefault') inDefaults = tag.kind === 'open'
      else if (tag.name === 'w:rPr') {
        if (tag.kind === 'open') rPrDepth++
        else if (tag.kind === 'close') rPrDepth--
      } else if (tag.name === 'w:basedOn' && current) {
        current.basedOn = attribute(tag, 'w:val')
      } else if (rPrDepth === 1) {
        const target = current ?? (inDefaults ? defaults : null)
        if (target) readRunProperty(tag, target)
      }
    },
  })
  return { defaults, styles }
}

/** A style's look with what it is based on beneath it (a cycle ends the chain). */
function resolveStyle(styles: Map<string, StyleLook>, id: string | undefined): RunLook {
  const chain: StyleLook[] = []
  const seen = new Set<string>()
  let next = id
  while (next && !seen.has(next)) {
    seen.add(next)
    const style = styles.get(next)
    if (!style) break
    chain.unshift(style)
    next = style.basedOn
  }
  const look: RunLook = {}
  for (const style of chain) Object.assign(look, withoutBase(style))
  return look
}

function withoutBase(style: StyleLook): RunLook {
  const look: RunLook = {}
  if (style.hidden !== undefined) look.hidden = style.hidden
  if (style.color !== undefined) look.color = style.color
  if (style.size !== undefined) look.size = style.size
  return look
}

interface ImageUse {
  relationId: string
  label: string
  inTable: boolean
}

interface PartReading {
  /** Hash version 1 lines: every w:t, w:tab and w:br of each paragraph. */
  lines: string[]
  /** The same without the cached results of fields (a page number differs per page). */
  shownLines: string[]
  images: ImageUse[]
}

interface PartContext {
  defaults: RunLook
  styles: Map<string, StyleLook>
  resolved: Map<string, RunLook>
  pageColour: string
  findings: Map<string, InspectionFinding>
  samples: Record<'hiddenText' | 'pageColourText' | 'tinyText', string[]>
}

function styleLook(ctx: PartContext, id: string | undefined): RunLook {
  if (!id) return {}
  let look = ctx.resolved.get(id)
  if (!look) {
    look = resolveStyle(ctx.styles, id)
    ctx.resolved.set(id, look)
  }
  return look
}

function count(
  ctx: PartContext,
  kind: 'trackedChanges' | 'comments' | 'footnotes' | 'embeddedObjects',
  by = 1,
) {
  const found = ctx.findings.get(kind)
  if (found && 'count' in found) found.count += by
  else ctx.findings.set(kind, { kind, count: by })
}

const TRACKED = new Set(['w:ins', 'w:del', 'w:moveFrom', 'w:moveTo'])
const EMBEDDED = new Set(['w:object', 'w:altChunk', 'o:OLEObject', 'w:control', 'w:embedObject'])
const NOTE_REFERENCES = new Set(['w:footnoteReference', 'w:endnoteReference'])

/** One pass over a document, header or footer part. */
function readPart(xml: string, ctx: PartContext): PartReading {
  const lines: string[] = []
  const shownLines: string[] = []
  const images: ImageUse[] = []
  let paragraphDepth = 0
  let line = ''
  let shown = ''
  let paragraphStyle: string | undefined
  let inParagraphProperties = false
  let run: (RunLook & { style?: string }) | null = null
  let rPrDepth = 0
  let inText = false
  // A field's code, then its cached result: counted, so hostile nesting costs nothing per character.
  const fields: ('code' | 'result')[] = []
  let results = 0
  let simpleFields = 0
  let hidden = ''
  let invisible = ''
  let tiny = ''
  // Labels for images: the text after an image in its table cell (a signatory's name under the
  // signature), else the row's text (an attendance row); outside tables the next paragraph (a
  // photo's caption).
  let tableDepth = 0
  let cellLines: string[] = []
  let rowLines: string[] = []
  let cellImages: { use: ImageUse; after: number }[] = []
  let rowImages: ImageUse[] = []
  let looseImages: ImageUse[] = []

  const inResult = () => simpleFields > 0 || results > 0
  const look = (): RunLook => ({
    ...ctx.defaults,
    ...styleLook(ctx, paragraphStyle),
    ...styleLook(ctx, run?.style),
    ...withoutStyle(run),
  })
  const sample = (kind: keyof PartContext['samples'], text: string) => {
    const trimmed = text.replace(/\s+/g, ' ').trim()
    if (trimmed && ctx.samples[kind].length < MAX_SAMPLES) ctx.samples[kind].push(trimmed)
  }
  const endParagraph = () => {
    lines.push(line)
    shownLines.push(shown)
    const clean = line.replace(/\s+/g, ' ').trim()
    if (tableDepth > 0) cellLines.push(clean)
    else if (clean && looseImages.length > 0) {
      for (const use of looseImages) use.label = clean
      looseImages = []
    }
    sample('hiddenText', hidden)
    sample('pageColourText', invisible)
    sample('tinyText', tiny)
    line = shown = hidden = invisible = tiny = ''
    paragraphStyle = undefined
  }

  const handler: XmlHandler = {
    text(text) {
      if (!inText || paragraphDepth === 0) return
      line += text
      if (!inResult()) shown += text
      if (!run || !text.trim()) return
      const { hidden: isHidden, color, size } = look()
      if (isHidden) hidden += text
      else if (color && color === ctx.pageColour) invisible += text
      else if (size !== undefined && size < TINY_HALF_POINTS) tiny += text
    },
    tag(tag) {
      const { name, kind } = tag
      if (kind === 'open' && name === 'w:t') {
        inText = true
        return
      }
      if (name === 'w:t') {
        inText = false
        return
      }
      switch (name) {
        case 'w:p':
          if (kind === 'open') paragraphDepth++
          else if (kind === 'empty') {
            lines.push('')
            shownLines.push('')
          } else if (paragraphDepth > 0) {
            paragraphDepth--
            endParagraph()
          }
          return
        case 'w:pPr':
          inParagraphProperties = kind === 'open'
          return
        case 'w:pStyle':
          if (inParagraphProperties) paragraphStyle = attribute(tag, 'w:val')
          return
        case 'w:r':
          run = kind === 'open' ? {} : null
          rPrDepth = 0
          return
        case 'w:rPr':
          if (kind === 'open') rPrDepth++
          else if (kind === 'close') rPrDepth--
          return
        case 'w:tab':
        case 'w:br':
          if (kind === 'empty' && tag.attributes.trim() === '' && paragraphDepth > 0) {
            line += ' '
            if (!inResult()) shown += ' '
          }
          return
        case 'w:fldChar': {
          const type = attribute(tag, 'w:fldCharType')
          if (type === 'begin') fields.push('code')
          else if (type === 'separate' && fields[fields.length - 1] === 'code') {
            fields[fields.length - 1] = 'result'
            results++
          } else if (type === 'end' && fields.pop() === 'result') results--
          return
        }
        case 'w:fldSimple':
          if (kind === 'open') simpleFields++
          else if (kind === 'close') simpleFields--
          return
        case 'w:tbl':
          if (kind === 'open') tableDepth++
          else if (kind === 'close') tableDepth--
          return
        case 'w:tr':
          if (kind === 'open') {
            rowLines = []
            rowImages = []
          } else if (kind === 'close') {
            // Number and name of an attendance row: enough to say whose signature it is.
            const label = rowLines.filter(Boolean).slice(0, 2).join(' · ').slice(0, 300)
            for (const use of rowImages) use.label = label
          }
          return
        case 'w:tc':
          if (kind === 'open') {
            cellLines = []
            cellImages = []
          } else if (kind === 'close') {
            for (const { use, after } of cellImages) {
              const below = cellLines.slice(after).find(Boolean)
              if (below) use.label = below.slice(0, 300)
              else rowImages.push(use)
            }
            rowLines.push(...cellLines)
          }
          return
        case 'a:blip':
        case 'v:imagedata': {
          const relationId = attribute(tag, name === 'a:blip' ? 'r:embed' : 'r:id')
          if (!relationId) return
          const use = { relationId, label: '', inTable: tableDepth > 0 }
          images.push(use)
          if (tableDepth > 0) cellImages.push({ use, after: cellLines.length })
          else looseImages.push(use)
          return
        }
        case 'w:commentReference':
        case 'w:commentRangeStart':
          if (kind !== 'close') count(ctx, 'comments')
          return
      }
      if (run && rPrDepth === 1 && kind !== 'close') readRunProperty(tag, run)
      if (kind === 'close') return
      if (TRACKED.has(name)) count(ctx, 'trackedChanges')
      else if (EMBEDDED.has(name)) count(ctx, 'embeddedObjects')
      else if (NOTE_REFERENCES.has(name)) count(ctx, 'footnotes')
      else if (name === 'w:background') {
        const colour = attribute(tag, 'w:color')
        if (colour && colour !== 'auto') ctx.pageColour = colour.toUpperCase()
      }
    },
  }
  scanXml(xml, handler)
  // A paragraph left open gives no line (as hash version 1 read it), but what it hides counts.
  if (paragraphDepth > 0) {
    sample('hiddenText', hidden)
    sample('pageColourText', invisible)
    sample('tinyText', tiny)
  }
  return { lines, shownLines, images }
}

function withoutStyle(run: (RunLook & { style?: string }) | null): RunLook {
  if (!run) return {}
  const look: RunLook = {}
  if (run.hidden !== undefined) look.hidden = run.hidden
  if (run.color !== undefined) look.color = run.color
  if (run.size !== undefined) look.size = run.size
  return look
}

/** Relationship id → the part it points at ("word/media/image1.png"), or an external link. */
function readRelations(xml: string | undefined): Map<string, string> {
  const out = new Map<string, string>()
  if (!xml) return out
  scanXml(xml, {
    text() {},
    tag(tag) {
      if (tag.name !== 'Relationship' || tag.kind === 'close') return
      const id = attribute(tag, 'Id')
      const target = attribute(tag, 'Target')
      if (!id || !target) return
      if (attribute(tag, 'TargetMode') === 'External') out.set(id, `external:${target}`)
      else out.set(id, resolvePath('word/', target))
    },
  })
  return out
}

function resolvePath(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1)
  const parts = base.split('/').filter(Boolean)
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop()
    else if (piece !== '.' && piece !== '') parts.push(piece)
  }
  return parts.join('/')
}

/** Notes and comments that a part holds (footnotes.xml always holds two separators). */
function countNotes(xml: string | undefined, element: string): number {
  if (!xml) return 0
  let found = 0
  scanXml(xml, {
    text() {},
    tag(tag) {
      if (tag.name !== element || tag.kind === 'close') return
      const type = attribute(tag, 'w:type')
      if (type === undefined || type === 'normal') found++
    },
  })
  return found
}

function canonicalLines(lines: string[]): string {
  return lines
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
}

const HEADER_FOOTER = /^word\/(header|footer)\d*\.xml$/

function text(archive: DocxArchive, name: string): string | undefined {
  const bytes = archive.read(name)
  return bytes ? utf8Text(bytes) : undefined
}

function relationsOf(part: string): string {
  const slash = part.lastIndexOf('/')
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`
}

/** Reads a DOCX within the reader's limits; throws DocxReadError for a file it refuses. */
export async function inspectDocx(bytes: Uint8Array): Promise<DocxInspection> {
  const archive = openDocx(bytes)
  const documentXml = text(archive, 'word/document.xml')
  if (documentXml === undefined) throw new Error('not_docx')
  const { defaults, styles } = readStyles(text(archive, 'word/styles.xml'))
  const ctx: PartContext = {
    defaults,
    styles,
    resolved: new Map(),
    pageColour: 'FFFFFF',
    findings: new Map(),
    samples: { hiddenText: [], pageColourText: [], tinyText: [] },
  }
  const body = readPart(documentXml, ctx)
  const images: DocumentImage[] = []
  const addImages = async (
    part: string,
    uses: ImageUse[],
    kind: (use: ImageUse) => DocumentImage['kind'],
  ) => {
    const relations = readRelations(text(archive, relationsOf(part)))
    for (const use of uses) {
      const target = relations.get(use.relationId)
      const content = target && !target.startsWith('external:') ? archive.read(target) : undefined
      const imageKind = kind(use)
      images.push({
        kind: imageKind,
        label: imageKind === 'signature' || imageKind === 'photo' ? use.label : '',
        sha256: content ? await sha256Hex(content) : (target ?? `missing:${use.relationId}`),
      })
    }
  }
  const chromeParts = archive.names.filter((name) => HEADER_FOOTER.test(name)).sort()
  const chromeTexts: string[] = []
  const footers: { part: string; uses: ImageUse[] }[] = []
  for (const part of chromeParts) {
    const reading = readPart(text(archive, part) ?? '', ctx)
    const shown = canonicalLines(reading.shownLines)
    if (shown) chromeTexts.push(shown)
    if (part.startsWith('word/header')) await addImages(part, reading.images, () => 'emblem')
    else footers.push({ part, uses: reading.images })
  }
  // Images in reading order: kop, body, footers.
  await addImages('word/document.xml', body.images, (use) => (use.inTable ? 'signature' : 'photo'))
  for (const { part, uses } of footers) await addImages(part, uses, () => 'qr')
  const comments = countNotes(text(archive, 'word/comments.xml'), 'w:comment')
  if (comments > 0) count(ctx, 'comments', comments)
  const notes =
    countNotes(text(archive, 'word/footnotes.xml'), 'w:footnote') +
    countNotes(text(archive, 'word/endnotes.xml'), 'w:endnote')
  if (notes > 0 && !ctx.findings.has('footnotes')) count(ctx, 'footnotes', notes)
  const embedded = archive.names.filter(
    (name) => name.startsWith('word/embeddings/') || /afchunk/i.test(name),
  ).length
  if (embedded > 0 && !ctx.findings.has('embeddedObjects')) count(ctx, 'embeddedObjects', embedded)

  const canonical = canonicalLines(body.lines)
  const headerFooterText = [...new Set(chromeTexts)].sort().join('\n')
  const findings: InspectionFinding[] = []
  for (const kind of ['hiddenText', 'pageColourText', 'tinyText'] as const) {
    for (const sampleText of ctx.samples[kind]) findings.push({ kind, text: sampleText })
  }
  findings.push(...ctx.findings.values())
  return {
    fileSha256: await sha256Hex(bytes),
    canonical,
    hash: await sha256Hex(canonical),
    headerFooterText,
    printedCode: CODE_IN_FOOTER.exec(headerFooterText)?.[1] ?? null,
    images,
    findings,
  }
}

import type { Signatory } from '../domain/records'
import type { Official } from '../domain/organisation'
import { formatDateId, placeDateLine } from '../format/dates'
import { formatNip } from '../format/nip'
import type { DocumentContext } from './context'
import { signingDay } from './context'
import { UNSUR_LABEL } from './labels'
import { bold, p, type ImageRef, type ParagraphBlock, type SignatureSlot } from './model'
import { dataUrlToBytes } from '../bytes'
import { readImageInfo } from './png'

/** Shown where a nomor will be once the document is finalised. */
export const DRAFT_NOMOR = '…/…/…/…'

export function imageFromDataUrl(dataUrl: string | null | undefined): ImageRef | null {
  if (!dataUrl) return null
  const bytes = dataUrlToBytes(dataUrl)
  const info = readImageInfo(bytes)
  return info ? { bytes, ...info } : null
}

/** "Kepala Dinas …," with the prefix: the position line of a signature block always ends in a comma. */
export function positionLine(prefix: string, position: string): string {
  const text = [prefix, position.trim().replace(/[,.;:]+$/, '')].filter(Boolean).join(' ')
  return text ? `${text},` : ''
}

/** `text` with `institution` after it, unless it already names it. */
function withInstitution(text: string, institution: string): string {
  return institution && !text.includes(institution)
    ? [text, institution].filter(Boolean).join(' ')
    : text
}

/**
 * The position lines of a signature block. Signing for another office takes its own lines:
 * "a.n. Kepala Dinas …," then the signer's own position ("Sekretaris,"); u.b. puts the a.n.
 * signer's position and "u.b." between; Plt./Plh. precede the position held. Every party prints
 * its institution (LAN, KemenPAN, a development partner are known by it) after its position,
 * unless the position names it; an office signed for is printed as typed, since the signer's
 * institution need not be that office's.
 */
export function officeLines(
  official: Pick<Official, 'prefix' | 'position' | 'onBehalfOf' | 'viaPosition'>,
  institution = '',
): string[] {
  const office = positionLine('', official.onBehalfOf ?? '')
  const acting = official.prefix === 'Plt.' || official.prefix === 'Plh.' ? official.prefix : ''
  if (!office) {
    const line = positionLine(official.prefix, withInstitution(official.position, institution))
    return line ? [line] : []
  }
  const lines = [`a.n. ${office}`]
  if (official.prefix === 'u.b.') {
    const via = positionLine('', official.viaPosition ?? '')
    if (via) lines.push(via)
    lines.push('u.b.')
  }
  const own = positionLine(acting, official.position)
  if (own) lines.push(own)
  return lines
}

function nipLine(nip: string): string {
  return nip ? `NIP ${formatNip(nip)}` : ''
}

const ROLE_HEADING: Record<Signatory['role'], string[]> = {
  penyelenggara: ['Pihak Penyelenggara'],
  perwakilan_peserta: ['Perwakilan Peserta'],
  mengetahui: ['Mengetahui,'],
  pihak_pertama: ['PIHAK PERTAMA,'],
  pihak_kedua: ['PIHAK KEDUA,'],
  pimpinan_rapat: ['Mengetahui,', 'Pimpinan Rapat,'],
  notulis: ['Notulis,'],
}

export function signatorySlot(signatory: Signatory, heading?: string[]): SignatureSlot {
  let head = heading ?? ROLE_HEADING[signatory.role]
  if (signatory.role === 'perwakilan_peserta' && signatory.unsur && !heading) {
    head = [`Perwakilan Unsur ${UNSUR_LABEL[signatory.unsur]}`]
  }
  return {
    heading: head,
    position: officeLines(signatory, signatory.institution),
    signature: signatory.wet ? null : imageFromDataUrl(signatory.signaturePng),
    name: signatory.name,
    rank: signatory.rank,
    nip: nipLine(signatory.nip),
  }
}

export function officialSlot(official: Official, heading: string[] = []): SignatureSlot {
  return {
    heading,
    position: officeLines(official),
    signature: null,
    name: official.name,
    rank: official.rank,
    nip: nipLine(official.nip),
  }
}

/** The head of the unit as a signature block: the penyelenggara signatory, else the profile's head. */
export function headSlot(ctx: DocumentContext): SignatureSlot {
  const signatory = ctx.signatories.find((s) => s.role === 'penyelenggara')
  return signatory ? signatorySlot(signatory, []) : officialSlot(ctx.organisation.head)
}

export function placeDate(ctx: DocumentContext, isoDate = signingDay(ctx.forum).date): string {
  return placeDateLine(ctx.organisation.city, isoDate)
}

/** Agreements as the berita acara lists them: each ends with ";", the last with ".". */
export function agreementLines(texts: string[]): string[] {
  return texts.map((text, index) => {
    const body = text.trim().replace(/[\s.;,:]+$/, '')
    return `${body}${index === texts.length - 1 ? '.' : ';'}`
  })
}

/** "A", "A dan B", "A, B, dan C": a list as an Indonesian sentence names it. */
export function joinId(items: string[]): string {
  if (items.length <= 2) return items.join(' dan ')
  return `${items.slice(0, -1).join(', ')}, dan ${items[items.length - 1]}`
}

export function numbered(lines: string[], options: Partial<ParagraphBlock> = {}): ParagraphBlock[] {
  return lines.map((line, index) => p(line, { label: `${index + 1}.`, ...options }))
}

export function titleBlock(lines: string[], nomor?: string): ParagraphBlock[] {
  const out = lines.map((line) => bold(line.toUpperCase(), { align: 'center', keepNext: true }))
  if (nomor !== undefined) out.push(p(`Nomor: ${nomor}`, { align: 'center', spaceAfter: true }))
  else if (out.length > 0) out[out.length - 1] = { ...out[out.length - 1]!, spaceAfter: true }
  return out
}

export function upperDate(isoDate: string): string {
  return formatDateId(isoDate).toUpperCase()
}

import { unzipSync } from 'fflate'
import { ATTACHMENT_MAX_BYTES } from '../domain/records'
import type { ImageKind } from '../images/sizing'

/**
 * Evidence files are judged by their first bytes, never by their name: a renamed executable stays
 * out, and a photo named ".JPG" from a phone still gets in.
 */
export const EVIDENCE_MIME = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const
export type EvidenceKind = keyof typeof EVIDENCE_MIME

export const EVIDENCE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'gif', 'webp', 'pdf', 'docx', 'xlsx']

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false
  return signature.every((b, i) => bytes[offset + i] === b)
}

const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0))

function officeKind(bytes: Uint8Array): EvidenceKind | null {
  let names: string[] = []
  try {
    // The filter sees every entry of the central directory and declines to inflate any of them.
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name)
        return false
      },
    })
  } catch {
    names = []
  }
  if (!names.includes('[Content_Types].xml')) return null
  if (names.some((name) => name.startsWith('word/'))) return 'docx'
  if (names.some((name) => name.startsWith('xl/'))) return 'xlsx'
  return null
}

export function sniffEvidence(bytes: Uint8Array): EvidenceKind | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg'
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'gif'
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp'
  if (startsWith(bytes, ascii('%PDF-'))) return 'pdf'
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return officeKind(bytes)
  return null
}

export function isImageKind(kind: EvidenceKind | null): kind is ImageKind {
  return kind === 'png' || kind === 'jpeg' || kind === 'gif' || kind === 'webp'
}

export type EvidenceCheck =
  | { ok: true; kind: EvidenceKind; mime: string }
  | { ok: false; code: 'evidence_too_large' | 'evidence_type' }

export function checkEvidence(bytes: Uint8Array, maxBytes = ATTACHMENT_MAX_BYTES): EvidenceCheck {
  if (bytes.byteLength > maxBytes) return { ok: false, code: 'evidence_too_large' }
  const kind = sniffEvidence(bytes)
  if (!kind) return { ok: false, code: 'evidence_type' }
  return { ok: true, kind, mime: EVIDENCE_MIME[kind] }
}

import { modelCanonical } from './canonical'
import type { DocumentModel } from './model'
import { sha256Hex, type Bytes } from '../bytes'
import { qrPng } from './qr'
import { packDocx, renderDocx, type DocumentStyle, type Verification } from './render-docx'
import { canonicalText, readDocumentXml } from './text'
import { verificationCode } from './verification'

export interface GeneratedDocx {
  bytes: Bytes
  canonical: string
  hash: string
  /** null for a draft. */
  code: string | null
}

export function qrPayload(code: string, hash: string): string {
  return `MUFAKAT ${code} SHA256:${hash}`
}

async function render(
  model: DocumentModel,
  style: DocumentStyle,
  verification: Verification | null,
): Promise<{ bytes: Bytes; canonical: string }> {
  const bytes = await packDocx(renderDocx(model, { style, verification }))
  return { bytes, canonical: canonicalText(readDocumentXml(bytes)) }
}

/** A draft: "Draf" in the footer, no code. */
export async function draftDocx(
  model: DocumentModel,
  style: DocumentStyle,
): Promise<GeneratedDocx> {
  const { bytes, canonical } = await render(model, style, null)
  return { bytes, canonical, hash: await sha256Hex(canonical), code: null }
}

async function withCode(canonical: string) {
  const hash = await sha256Hex(canonical)
  const code = verificationCode(hash)
  return { hash, code, verification: { code, qrPng: qrPng(qrPayload(code, hash)) } }
}

/**
 * The finalised file: the hash covers what the document states (word/document.xml) and the code
 * and QR code derived from it go into every page's footer, which the hash does not cover. The
 * text is taken from the model, so the file is rendered once; should the file ever state anything
 * else, the hash is taken from the file itself and it is rendered again with that code.
 */
export async function finalDocx(
  model: DocumentModel,
  style: DocumentStyle,
): Promise<GeneratedDocx> {
  const expected = await withCode(modelCanonical(model))
  const first = await render(model, style, expected.verification)
  if (first.canonical === modelCanonical(model)) {
    return {
      bytes: first.bytes,
      canonical: first.canonical,
      hash: expected.hash,
      code: expected.code,
    }
  }
  const actual = await withCode(first.canonical)
  const second = await render(model, style, actual.verification)
  return { bytes: second.bytes, canonical: second.canonical, hash: actual.hash, code: actual.code }
}

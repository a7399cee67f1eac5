// Bytes as the whole app handles them: base64 (attachments inside JSON, passphrase salts) and data
// URLs (signatures, the emblem), SHA-256 in hex (backup checksums, document hashes), and equality of
// stored records. Pure code on WebCrypto, atob and btoa: it runs the same in the browser and in Node.

/** Bytes backed by a plain ArrayBuffer: what Blob, WebCrypto and the IPC contract accept. */
export type Bytes = Uint8Array<ArrayBuffer>

const CHUNK = 0x8000

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  // String.fromCharCode with a spread overflows the stack on large arrays: go in chunks.
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK))
  }
  return btoa(binary)
}

/** Throws a DOMException (InvalidCharacterError) when the text is not base64. */
export function base64ToBytes(base64: string): Bytes {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/** The bytes of a `data:…;base64,` URL (signatures and the emblem are stored this way). */
export function dataUrlToBytes(dataUrl: string): Bytes {
  return base64ToBytes(dataUrl.slice(dataUrl.indexOf(',') + 1))
}

export function bytesToDataUrl(bytes: Uint8Array, mime = 'image/png'): string {
  return `data:${mime};base64,${bytesToBase64(bytes)}`
}

/**
 * The same bytes backed by a plain ArrayBuffer, what WebCrypto and Blob accept in every runtime:
 * a view over a plain buffer is taken as it is (an entry unzipped from a DOCX is one), and only bytes
 * over a SharedArrayBuffer are copied.
 */
export function plainBytes(bytes: Uint8Array): Bytes {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Bytes) : new Uint8Array(bytes)
}

/** SHA-256 in lower-case hex; text is hashed as its UTF-8 bytes. */
export async function sha256Hex(data: Uint8Array | string): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : plainBytes(data)
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/**
 * Structural equality of stored records (plain JSON values and Uint8Array); a key whose value is
 * undefined counts as absent, as it does once the record is stored.
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a instanceof Uint8Array || b instanceof Uint8Array) {
    return a instanceof Uint8Array && b instanceof Uint8Array && bytesEqual(a, b)
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]))
  }
  const ao = a as Record<string, unknown>
  const bo = b as Record<string, unknown>
  const keys = Object.keys(ao).filter((k) => ao[k] !== undefined)
  const otherKeys = Object.keys(bo).filter((k) => bo[k] !== undefined)
  return keys.length === otherKeys.length && keys.every((k) => deepEqual(ao[k], bo[k]))
}

const MEGABYTE = 1024 * 1024

/** A size in MB to one decimal, rounded up: a refused file never reads as within its limit. */
export function megabytesUp(byteCount: number): number {
  return Math.ceil((byteCount / MEGABYTE) * 10) / 10
}

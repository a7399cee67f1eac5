/** Bytes ↔ text for the payload: attachments travel inside JSON as base64. */

const CHUNK = 0x8000

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  // String.fromCharCode with a spread overflows the stack on large arrays: go in chunks.
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK))
  }
  return btoa(binary)
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

const BYTES_KEY = '$bytes'

/** JSON.stringify replacer: a Uint8Array becomes { "$bytes": base64 }. */
export function bytesReplacer(_key: string, value: unknown): unknown {
  if (value instanceof Uint8Array) return { [BYTES_KEY]: bytesToBase64(value) }
  return value
}

/** JSON.parse reviver: the inverse of bytesReplacer. */
export function bytesReviver(_key: string, value: unknown): unknown {
  if (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.keys(value).length === 1 &&
    typeof (value as Record<string, unknown>)[BYTES_KEY] === 'string'
  ) {
    return base64ToBytes((value as Record<string, string>)[BYTES_KEY]!)
  }
  return value
}

/** A copy backed by a plain ArrayBuffer: what WebCrypto accepts in every runtime. */
export function plainBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0
    ? (bytes as Uint8Array<ArrayBuffer>)
    : new Uint8Array(bytes)
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', plainBytes(bytes)))
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/** Structural equality of stored records (plain JSON values and Uint8Array). */
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

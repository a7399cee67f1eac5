import { base64ToBytes, bytesToBase64 } from '../bytes'

// Attachments travel inside the backup's JSON as { "$bytes": base64 }.

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

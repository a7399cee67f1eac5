import { base64ToBytes, bytesToBase64, plainBytes } from '../bytes'

/** OWASP's recommendation for PBKDF2-HMAC-SHA-256 (2023). */
export const PBKDF2_ITERATIONS = 600_000

/**
 * The most a file may ask for. A header is read before the passphrase is checked, so without a cap
 * an edited header could keep the app deriving a key for hours.
 */
export const MAX_PBKDF2_ITERATIONS = 5_000_000

export interface EncryptionHeader {
  algorithm: 'AES-GCM-256'
  kdf: 'PBKDF2-SHA-256'
  iterations: number
  /** base64 */
  salt: string
  /** base64 */
  iv: string
  /** 'manifest': the manifest was sealed as additional data. Files written before it lack the field. */
  aad?: 'manifest'
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length))
}

/** The AES-GCM key a passphrase gives with this salt; streamed files seal every chunk with it. */
export async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number) {
  const material = await crypto.subtle.importKey(
    'raw',
    plainBytes(new TextEncoder().encode(passphrase.normalize('NFC'))),
    'PBKDF2',
    false,
    ['deriveKey'],
  )
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: plainBytes(salt), iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  )
}

function gcmParams(iv: Uint8Array, additionalData?: Uint8Array) {
  return additionalData
    ? { name: 'AES-GCM', iv: plainBytes(iv), additionalData: plainBytes(additionalData) }
    : { name: 'AES-GCM', iv: plainBytes(iv) }
}

export async function encryptBytes(
  plain: Uint8Array,
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
  additionalData?: Uint8Array,
): Promise<{ header: EncryptionHeader; cipher: Uint8Array }> {
  const salt = randomBytes(16)
  const iv = randomBytes(12)
  const key = await deriveKey(passphrase, salt, iterations)
  const cipher = new Uint8Array(
    await crypto.subtle.encrypt(gcmParams(iv, additionalData), key, plainBytes(plain)),
  )
  return {
    header: {
      algorithm: 'AES-GCM-256',
      kdf: 'PBKDF2-SHA-256',
      iterations,
      salt: bytesToBase64(salt),
      iv: bytesToBase64(iv),
      ...(additionalData ? { aad: 'manifest' as const } : {}),
    },
    cipher,
  }
}

/**
 * Resolves null when the passphrase is wrong or the additional data differs from what was sealed
 * (AES-GCM's tag does not verify). Throws when the header asks for more than the iteration cap.
 */
export async function decryptBytes(
  cipher: Uint8Array,
  header: EncryptionHeader,
  passphrase: string,
  additionalData?: Uint8Array,
): Promise<Uint8Array | null> {
  if (header.iterations > MAX_PBKDF2_ITERATIONS) {
    throw new RangeError(`PBKDF2 iterations above ${MAX_PBKDF2_ITERATIONS}: ${header.iterations}`)
  }
  const key = await deriveKey(passphrase, base64ToBytes(header.salt), header.iterations)
  try {
    const plain = await crypto.subtle.decrypt(
      gcmParams(base64ToBytes(header.iv), additionalData),
      key,
      plainBytes(cipher),
    )
    return new Uint8Array(plain)
  } catch {
    return null
  }
}

/** What the app lock keeps in settings: never the passphrase itself. */
export interface PassphraseHash {
  kdf: 'PBKDF2-SHA-256'
  iterations: number
  salt: string
  hash: string
}

async function pbkdf2(passphrase: string, salt: Uint8Array, iterations: number) {
  const material = await crypto.subtle.importKey(
    'raw',
    plainBytes(new TextEncoder().encode(passphrase.normalize('NFC'))),
    'PBKDF2',
    false,
    ['deriveBits'],
  )
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: plainBytes(salt), iterations },
    material,
    256,
  )
  return new Uint8Array(bits)
}

export async function hashPassphrase(
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<PassphraseHash> {
  const salt = randomBytes(16)
  const hash = await pbkdf2(passphrase, salt, iterations)
  return { kdf: 'PBKDF2-SHA-256', iterations, salt: bytesToBase64(salt), hash: bytesToBase64(hash) }
}

export async function verifyPassphrase(
  passphrase: string,
  stored: PassphraseHash,
): Promise<boolean> {
  const hash = await pbkdf2(passphrase, base64ToBytes(stored.salt), stored.iterations)
  const expected = base64ToBytes(stored.hash)
  // Constant-time comparison: the loop never stops early.
  let difference = hash.length ^ expected.length
  for (let i = 0; i < Math.min(hash.length, expected.length); i++)
    difference |= hash[i]! ^ expected[i]!
  return difference === 0
}

import { describe, expect, it } from 'vitest'
import { decryptBytes, encryptBytes, hashPassphrase, verifyPassphrase } from '@shared/backup'

describe('passphrases', () => {
  it('derives a hash that verifies only the same passphrase, and never holds it', async () => {
    const stored = await hashPassphrase('kunci laptop forum', 2_000)
    expect(JSON.stringify(stored)).not.toContain('kunci')
    expect(await verifyPassphrase('kunci laptop forum', stored)).toBe(true)
    expect(await verifyPassphrase('kunci laptop Forum', stored)).toBe(false)
    expect(await verifyPassphrase('', stored)).toBe(false)
  })

  it('uses at least 310,000 PBKDF2 iterations by default', async () => {
    expect((await hashPassphrase('x')).iterations).toBeGreaterThanOrEqual(310_000)
  })

  it('detects a changed cipher text as a failed decryption', async () => {
    const { header, cipher } = await encryptBytes(new Uint8Array([1, 2, 3]), 'p', 1_000)
    expect(await decryptBytes(cipher, header, 'p')).toEqual(new Uint8Array([1, 2, 3]))
    cipher[0] = cipher[0]! ^ 1
    expect(await decryptBytes(cipher, header, 'p')).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import { createRaster, encodePng, readImageInfo } from '@shared/documents/png'

const png = encodePng(createRaster(40, 30))

/** A copy of the encoded PNG with one byte changed. */
function withByte(offset: number, value: number): Uint8Array {
  const copy = new Uint8Array(png)
  copy[offset] = value
  return copy
}

describe('readImageInfo (PNG)', () => {
  it('reads the size of a real PNG', () => {
    expect(readImageInfo(png)).toEqual({ type: 'png', width: 40, height: 30 })
  })

  it('refuses a header cut short before the end of the IHDR chunk', () => {
    for (const length of [0, 8, 16, 24, 32]) {
      expect(readImageInfo(png.subarray(0, length))).toBeNull()
    }
    expect(readImageInfo(png.subarray(0, 33))).toEqual({ type: 'png', width: 40, height: 30 })
  })

  it('refuses a forged signature: only the first two bytes right', () => {
    expect(readImageInfo(withByte(4, 0x00))).toBeNull()
    expect(readImageInfo(withByte(7, 0x00))).toBeNull()
  })

  it('refuses an IHDR of the wrong length or type', () => {
    expect(readImageInfo(withByte(11, 12))).toBeNull()
    expect(readImageInfo(withByte(12, 0x69))).toBeNull()
  })

  it('refuses a size changed without its checksum', () => {
    // Width 40 → 296: the CRC no longer matches the chunk.
    expect(readImageInfo(withByte(18, 1))).toBeNull()
  })

  it('refuses a zero or implausibly large size even with a matching checksum', () => {
    expect(readImageInfo(encodePng({ width: 0, height: 30, rgba: new Uint8Array() }))).toBeNull()
    const header = new Uint8Array(png.subarray(0, 33))
    const view = new DataView(header.buffer)
    view.setUint32(16, 1_000_000)
    view.setUint32(29, crc32(header.subarray(12, 29)))
    expect(readImageInfo(header)).toBeNull()
  })

  it('refuses bytes that are neither PNG nor JPEG', () => {
    expect(readImageInfo(new TextEncoder().encode('%PDF-1.7 not an image at all'))).toBeNull()
  })
})

// The PNG chunk checksum, written out here so the forged header can carry a correct one.
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (const byte of bytes) {
    c ^= byte
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  }
  return (c ^ 0xffffffff) >>> 0
}

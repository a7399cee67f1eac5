import { describe, expect, it } from 'vitest'
import {
  base64ToBytes,
  bytesEqual,
  bytesToBase64,
  bytesToDataUrl,
  dataUrlToBytes,
  deepEqual,
  plainBytes,
  sha256Hex,
} from '@shared/bytes'

describe('base64', () => {
  it('round-trips every byte value, padded or not', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i)
    for (const length of [0, 1, 2, 3, 256]) {
      const bytes = all.subarray(0, length)
      expect(bytesEqual(base64ToBytes(bytesToBase64(bytes)), bytes)).toBe(true)
    }
    expect(bytesToBase64(new Uint8Array([0xfb, 0xff]))).toBe('+/8=')
  })

  it('round-trips more than one chunk of bytes', () => {
    const big = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7) % 256)
    expect(bytesEqual(base64ToBytes(bytesToBase64(big)), big)).toBe(true)
  })

  it('refuses text that is not base64', () => {
    expect(() => base64ToBytes('no base64!')).toThrow()
  })

  it('writes and reads data URLs with their mime type', () => {
    const bytes = new Uint8Array([1, 2, 3, 4])
    const url = bytesToDataUrl(bytes, 'image/jpeg')
    expect(url).toBe('data:image/jpeg;base64,AQIDBA==')
    expect(Array.from(dataUrlToBytes(url))).toEqual([1, 2, 3, 4])
    expect(bytesToDataUrl(bytes)).toMatch(/^data:image\/png;base64,/)
  })
})

describe('sha256Hex', () => {
  it('hashes text as its UTF-8 bytes', async () => {
    const empty = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
    expect(await sha256Hex('')).toBe(empty)
    expect(await sha256Hex(new Uint8Array())).toBe(empty)
    expect(await sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    )
    expect(await sha256Hex('é')).toBe(await sha256Hex(new Uint8Array([0xc3, 0xa9])))
  })

  it('hashes only the viewed bytes of a subarray', async () => {
    const backing = new Uint8Array([9, 0x61, 0x62, 0x63, 9])
    expect(await sha256Hex(backing.subarray(1, 4))).toBe(await sha256Hex('abc'))
  })

  it('hashes bytes over a SharedArrayBuffer', async () => {
    const shared = new Uint8Array(new SharedArrayBuffer(5))
    shared.set([9, 0x61, 0x62, 0x63, 9])
    expect(await sha256Hex(shared.subarray(1, 4))).toBe(await sha256Hex('abc'))
  })
})

describe('plainBytes', () => {
  it('takes a view over a plain buffer as it is and copies only shared memory', () => {
    const view = new Uint8Array([1, 2, 3, 4]).subarray(1, 3)
    expect(plainBytes(view)).toBe(view)
    const shared = new Uint8Array(new SharedArrayBuffer(2))
    const copy = plainBytes(shared)
    expect(copy.buffer).toBeInstanceOf(ArrayBuffer)
    expect([...copy]).toEqual([0, 0])
  })
})

describe('deepEqual', () => {
  it('compares records, arrays and bytes by value', () => {
    const a = { id: 'x', tags: ['a', 'b'], photo: new Uint8Array([1, 2]), meta: { n: 1 } }
    const b = { id: 'x', tags: ['a', 'b'], photo: new Uint8Array([1, 2]), meta: { n: 1 } }
    expect(deepEqual(a, b)).toBe(true)
    expect(deepEqual(a, { ...b, photo: new Uint8Array([1, 3]) })).toBe(false)
    expect(deepEqual(a, { ...b, tags: ['b', 'a'] })).toBe(false)
    expect(deepEqual(a, { ...b, meta: { n: 2 } })).toBe(false)
  })

  it('treats a key holding undefined as absent, as a stored record does', () => {
    expect(deepEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true)
    expect(deepEqual({ a: 1, b: null }, { a: 1 })).toBe(false)
  })

  it('tells arrays, objects, bytes and null apart', () => {
    expect(deepEqual([], {})).toBe(false)
    expect(deepEqual(new Uint8Array([1]), [1])).toBe(false)
    expect(deepEqual(null, {})).toBe(false)
    expect(deepEqual(0, '0')).toBe(false)
  })
})

import { zlibSync } from 'fflate'

// Small raster helpers shared by the QR code, the demo emblem and the synthetic signatures: a PNG
// encoder on fflate's deflate, and readers for the pixel size of PNG and JPEG images, so the DOCX
// keeps each picture's aspect ratio. Pure code: it runs the same in the browser and in Node.

const CRC_TABLE = (() => {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
})()

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length)
  const view = new DataView(out.buffer)
  view.setUint32(0, data.length)
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i)
  out.set(data, 8)
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)))
  return out
}

/** Bytes backed by a plain ArrayBuffer: what Blob and the IPC contract accept. */
export type Bytes = Uint8Array<ArrayBuffer>

/** A raster of RGBA pixels, row by row. */
export interface Raster {
  width: number
  height: number
  rgba: Uint8Array
}

export function createRaster(width: number, height: number, fill = [255, 255, 255, 0]): Raster {
  const rgba = new Uint8Array(width * height * 4)
  for (let i = 0; i < width * height; i++) rgba.set(fill, i * 4)
  return { width, height, rgba }
}

export function setPixel(r: Raster, x: number, y: number, colour: readonly number[]): void {
  if (x < 0 || y < 0 || x >= r.width || y >= r.height) return
  r.rgba.set(colour, (Math.floor(y) * r.width + Math.floor(x)) * 4)
}

/** Encodes an RGBA raster as a PNG file. */
export function encodePng(raster: Raster): Uint8Array<ArrayBuffer> {
  const { width, height, rgba } = raster
  const stride = width * 4
  const raw = new Uint8Array((stride + 1) * height)
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0
    raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1)
  }
  const header = new Uint8Array(13)
  const view = new DataView(header.buffer)
  view.setUint32(0, width)
  view.setUint32(4, height)
  header.set([8, 6, 0, 0, 0], 8)
  const signature = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10])
  const parts = [
    signature,
    chunk('IHDR', header),
    chunk('IDAT', zlibSync(raw, { level: 6 })),
    chunk('IEND', new Uint8Array()),
  ]
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0))
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}

export type ImageType = 'png' | 'jpg'

export interface ImageInfo {
  type: ImageType
  width: number
  height: number
}

/** The type and pixel size of a PNG or JPEG, or null when the bytes are neither. */
export function readImageInfo(bytes: Uint8Array): ImageInfo | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (bytes.length > 24 && bytes[0] === 0x89 && bytes[1] === 0x50) {
    return { type: 'png', width: view.getUint32(16), height: view.getUint32(20) }
  }
  if (bytes.length > 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let offset = 2
    while (offset + 9 < bytes.length) {
      if (bytes[offset] !== 0xff) return null
      const marker = bytes[offset + 1] ?? 0
      const length = view.getUint16(offset + 2)
      // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
        return {
          type: 'jpg',
          height: view.getUint16(offset + 5),
          width: view.getUint16(offset + 7),
        }
      }
      offset += 2 + length
    }
  }
  return null
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** The bytes of a `data:image/…;base64,` URL (signatures and the emblem are stored this way). */
export function dataUrlToBytes(dataUrl: string): Uint8Array {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1).replace(/=+$/, '')
  const out = new Uint8Array(Math.floor((base64.length * 3) / 4))
  let buffer = 0
  let bits = 0
  let index = 0
  for (const char of base64) {
    const value = BASE64.indexOf(char)
    if (value < 0) continue
    buffer = (buffer << 6) | value
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out[index++] = (buffer >> bits) & 0xff
    }
  }
  return out.subarray(0, index)
}

export function bytesToDataUrl(bytes: Uint8Array, mime = 'image/png'): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0
    const b = bytes[i + 1]
    const c = bytes[i + 2]
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0)
    out += BASE64[(n >> 18) & 63]
    out += BASE64[(n >> 12) & 63]
    out += b === undefined ? '=' : BASE64[(n >> 6) & 63]
    out += c === undefined ? '=' : BASE64[n & 63]
  }
  return `data:${mime};base64,${out}`
}

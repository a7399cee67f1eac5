import { zlibSync } from 'fflate'

// Small raster helpers shared by the QR code, the demo emblem and the synthetic signatures: a PNG
// encoder on fflate's deflate, and readers for the pixel size of PNG and JPEG images, so the DOCX
// keeps each picture's aspect ratio. Pure code: it runs the same in the browser and in Node.

const PNG_SIGNATURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

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
  const parts = [
    PNG_SIGNATURE,
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

// An IHDR chunk is 4 bytes of length, 4 of type, 13 of data and 4 of CRC, right after the signature.
const IHDR_LENGTH = 13
const IHDR_END = PNG_SIGNATURE.length + 8 + IHDR_LENGTH + 4
// Larger than any emblem, signature or photo the app keeps; a bigger header is forged or broken.
const MAX_SIDE = 65_535

function isPlausibleSize(width: number, height: number): boolean {
  return width >= 1 && height >= 1 && width <= MAX_SIDE && height <= MAX_SIDE
}

/**
 * The pixel size of a PNG from its IHDR chunk, or null unless the bytes start with the whole
 * signature and a well-formed IHDR (length 13, type IHDR, matching CRC, plausible size).
 */
function readPngInfo(bytes: Uint8Array, view: DataView): ImageInfo | null {
  if (bytes.length < IHDR_END) return null
  if (PNG_SIGNATURE.some((byte, i) => bytes[i] !== byte)) return null
  const chunkStart = PNG_SIGNATURE.length
  if (view.getUint32(chunkStart) !== IHDR_LENGTH) return null
  const typeAndData = bytes.subarray(chunkStart + 4, chunkStart + 8 + IHDR_LENGTH)
  if (String.fromCharCode(...typeAndData.subarray(0, 4)) !== 'IHDR') return null
  if (view.getUint32(chunkStart + 8 + IHDR_LENGTH) !== crc32(typeAndData)) return null
  const width = view.getUint32(chunkStart + 8)
  const height = view.getUint32(chunkStart + 12)
  return isPlausibleSize(width, height) ? { type: 'png', width, height } : null
}

/** The type and pixel size of a PNG or JPEG, or null when the bytes are neither. */
export function readImageInfo(bytes: Uint8Array): ImageInfo | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (bytes[0] === 0x89) return readPngInfo(bytes, view)
  if (bytes.length > 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let offset = 2
    while (offset + 9 < bytes.length) {
      if (bytes[offset] !== 0xff) return null
      const marker = bytes[offset + 1] ?? 0
      const length = view.getUint16(offset + 2)
      // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
        const height = view.getUint16(offset + 5)
        const width = view.getUint16(offset + 7)
        return isPlausibleSize(width, height) ? { type: 'jpg', width, height } : null
      }
      offset += 2 + length
    }
  }
  return null
}

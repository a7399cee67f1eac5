// Draws Mufakat's icon with no dependency: a teal rounded square with a white "M", written as PNG
// (resources/icon.png, 512 × 512) and as a Windows .ico embedding PNGs (16 to 256 px).
// Run: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { deflateSync } from 'node:zlib'

const OUT_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'resources')

const TOP = [20, 184, 166] // teal-500
const BOTTOM = [15, 118, 110] // teal-700
const WHITE = [255, 255, 255]

/** The "M", in units of the icon's side (0..1), as one polygon. */
const M = [
  [0.25, 0.74],
  [0.25, 0.27],
  [0.36, 0.27],
  [0.5, 0.48],
  [0.64, 0.27],
  [0.75, 0.27],
  [0.75, 0.74],
  [0.645, 0.74],
  [0.645, 0.45],
  [0.5, 0.655],
  [0.355, 0.45],
  [0.355, 0.74],
]

function insidePolygon(x, y, polygon) {
  let inside = false
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i]
    const [xj, yj] = polygon[j]
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

function insideRoundedSquare(x, y, margin, radius) {
  const lo = margin + radius
  const hi = 1 - margin - radius
  const dx = Math.max(lo - x, 0, x - hi)
  const dy = Math.max(lo - y, 0, y - hi)
  return (
    x >= margin &&
    x <= 1 - margin &&
    y >= margin &&
    y <= 1 - margin &&
    dx * dx + dy * dy <= radius * radius
  )
}

/** RGBA pixels of the icon at `size`, anti-aliased with 4 × 4 samples per pixel. */
function render(size) {
  const samples = 4
  const pixels = Buffer.alloc(size * size * 4)
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let covered = 0
      let white = 0
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size
          const y = (py + (sy + 0.5) / samples) / size
          if (!insideRoundedSquare(x, y, 0.04, 0.2)) continue
          covered++
          if (insidePolygon(x, y, M)) white++
        }
      }
      const n = samples * samples
      const t = py / (size - 1)
      const bg = TOP.map((c, i) => c + (BOTTOM[i] - c) * t)
      const alpha = covered / n
      const mix = covered === 0 ? 0 : white / covered
      const o = (py * size + px) * 4
      for (let i = 0; i < 3; i++) pixels[o + i] = Math.round(bg[i] + (WHITE[i] - bg[i]) * mix)
      pixels[o + 3] = Math.round(alpha * 255)
    }
  }
  return pixels
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes) {
  let c = 0xffffffff
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type, data) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

function png(size) {
  const pixels = render(size)
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header[8] = 8 // bit depth
  header[9] = 6 // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1))
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0 // filter: none
    pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4)
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** An .ico whose entries are PNGs (supported since Windows Vista). */
function ico(sizes) {
  const images = sizes.map((size) => ({ size, data: png(size) }))
  const header = Buffer.alloc(6)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2) // type: icon
  header.writeUInt16LE(images.length, 4)
  let offset = 6 + 16 * images.length
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16)
    entry[0] = size >= 256 ? 0 : size // 0 means 256
    entry[1] = size >= 256 ? 0 : size
    entry.writeUInt16LE(1, 4) // colour planes
    entry.writeUInt16LE(32, 6) // bits per pixel
    entry.writeUInt32LE(data.length, 8)
    entry.writeUInt32LE(offset, 12)
    offset += data.length
    return entry
  })
  return Buffer.concat([header, ...entries, ...images.map((image) => image.data)])
}

mkdirSync(OUT_DIR, { recursive: true })
writeFileSync(path.join(OUT_DIR, 'icon.png'), png(512))
writeFileSync(path.join(OUT_DIR, 'icon.ico'), ico([16, 24, 32, 48, 64, 128, 256]))
console.log(`icons written to ${path.relative(process.cwd(), OUT_DIR) || '.'}`)

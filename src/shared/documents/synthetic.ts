import { createRaster, encodePng, setPixel, type Raster } from './png'

// Pictures for the demo and the bench, drawn in code so that no binary files are bundled: a
// pen-like signature per seed, a simple shield emblem, and placeholder "photos".

const INK = [20, 40, 120, 255]

/**
 * The pictures' own small generator (xorshift32): a few numbers per picture need no more, and the
 * same seed always draws the same picture.
 */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 0x9e3779b9
  return () => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    state >>>= 0
    return state / 4294967296
  }
}

function dot(r: Raster, x: number, y: number, radius: number, colour: readonly number[]): void {
  for (let dy = -radius; dy <= radius; dy++) {
    for (let dx = -radius; dx <= radius; dx++) {
      if (dx * dx + dy * dy <= radius * radius) setPixel(r, x + dx, y + dy, colour)
    }
  }
}

/** A scribble that looks like a handwritten signature; the same seed draws the same one. */
export function syntheticSignaturePng(seed: number, width = 240, height = 90): Uint8Array {
  const random = seededRandom(seed)
  const raster = createRaster(width, height)
  const loops = 3 + Math.floor(random() * 3)
  const phase = random() * Math.PI
  const steps = 900
  for (let i = 0; i < steps; i++) {
    const t = i / steps
    const x = 15 + t * (width - 30)
    const y =
      height / 2 +
      Math.sin(t * Math.PI * 2 * loops + phase) * (height / 4) * (1 - t * 0.5) +
      Math.sin(t * Math.PI * 9) * 6
    dot(raster, x, y, 1, INK)
  }
  for (let i = 0; i < 120; i++) dot(raster, 30 + i * 1.5, height - 18 + Math.sin(i / 9) * 2, 1, INK)
  return encodePng(raster)
}

/** A plain shield in the colours of a regional emblem, for the demo's kop surat. */
export function demoEmblemPng(size = 160): Uint8Array {
  const raster = createRaster(size, size)
  const gold = [212, 160, 23, 255]
  const green = [20, 110, 60, 255]
  const red = [180, 30, 40, 255]
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const u = (x - size / 2) / (size / 2)
      const v = y / size
      const half = v < 0.55 ? 0.85 : 0.85 * Math.sqrt(Math.max(0, 1 - ((v - 0.55) / 0.45) ** 2))
      if (v < 0.04 || Math.abs(u) > half) continue
      const edge = Math.abs(u) > half - 0.08 || v < 0.1
      const star =
        Math.abs(u) < 0.25 && Math.abs(v - 0.35) < 0.12 && Math.abs(u) + Math.abs(v - 0.35) < 0.25
      setPixel(raster, x, y, edge ? gold : star ? gold : v > 0.62 ? red : green)
    }
  }
  return encodePng(raster)
}

/** A landscape placeholder photo: sky, a hall and a row of people in distinct colours. */
export function placeholderPhotoPng(
  seed: number,
  width = 480,
  height = 320,
): Uint8Array<ArrayBuffer> {
  const random = seededRandom(seed)
  const raster = createRaster(width, height, [235, 232, 225, 255])
  for (let y = 0; y < height * 0.45; y++) {
    for (let x = 0; x < width; x++) setPixel(raster, x, y, [200, 215, 230, 255])
  }
  const people = 6 + Math.floor(random() * 6)
  for (let i = 0; i < people; i++) {
    const cx = ((i + 0.5) / people) * width
    const colour = [
      Math.floor(random() * 200),
      Math.floor(random() * 200),
      Math.floor(random() * 200),
      255,
    ]
    dot(raster, cx, height * 0.55, 14, [120, 90, 70, 255])
    for (let y = height * 0.6; y < height * 0.95; y++) {
      for (let x = cx - 20; x < cx + 20; x++) setPixel(raster, x, y, colour)
    }
  }
  return encodePng(raster)
}

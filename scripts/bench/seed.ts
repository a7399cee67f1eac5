import { configureZodMessages } from '@shared/domain'
import { buildSampleForum } from '@shared/sample'
import { buildLargeDataset } from './large-seed'
import { createRepositories, MufakatDatabase } from '@renderer/db'
import { prepareImage } from '@renderer/ui/image-import'

/**
 * The bench's seeder page, served from the same origin as the app so that both see one IndexedDB.
 * It is built only by the bench (vite.bench.config.ts), never shipped.
 */
configureZodMessages()

const repositories = createRepositories({
  db: new MufakatDatabase(),
  newId: () => crypto.randomUUID(),
})

let lastBackup: Uint8Array | undefined
let photo: Uint8Array | undefined

/**
 * A 12-megapixel camera-like JPEG (4000 × 3000): overlapping shapes over a noise tile, so the
 * encoder meets the detail of a real photo, not a flat colour that compresses to nothing.
 */
async function cameraJpeg(): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(4000, 3000)
  const context = canvas.getContext('2d')!
  const noise = new ImageData(256, 256)
  let seed = 7
  for (let i = 0; i < noise.data.length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0
    noise.data[i] = i % 4 === 3 ? 255 : seed >>> 24
  }
  const tile = new OffscreenCanvas(256, 256)
  tile.getContext('2d')!.putImageData(noise, 0, 0)
  context.fillStyle = context.createPattern(tile, 'repeat')!
  context.fillRect(0, 0, 4000, 3000)
  for (let i = 0; i < 600; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0
    context.globalAlpha = 0.5
    context.fillStyle = `hsl(${seed % 360} 60% 50%)`
    context.beginPath()
    context.arc(seed % 4000, (seed >>> 12) % 3000, 40 + (seed % 300), 0, Math.PI * 2)
    context.fill()
  }
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 })
  return new Uint8Array(await blob.arrayBuffer())
}

const bench = {
  repositories,
  async seed(options: { forums: number; participants: number; actionItems: number }) {
    const started = performance.now()
    const now = new Date()
    const sample = buildSampleForum({ newId: () => crypto.randomUUID(), now })
    await repositories.datasets.loadSample(sample, { keepOrganisation: false })
    await repositories.datasets.loadGenerated(
      buildLargeDataset({ newId: () => crypto.randomUUID(), now, ...options }),
    )
    return performance.now() - started
  },
  /** Data safety: a full backup of the seeded database, kept in the page for the restore. */
  async backup() {
    const started = performance.now()
    lastBackup = await repositories.backup.create({ appVersion: 'bench' })
    return { ms: performance.now() - started, bytes: lastBackup.length }
  },
  /** Restores the last backup: validation, then clear and add every table in one transaction. */
  async restore() {
    if (!lastBackup) throw new Error('bench.backup() first')
    const started = performance.now()
    await repositories.backup.restore(lastBackup, { appVersion: 'bench' })
    return performance.now() - started
  },
  /** The test photo's size, made once per page. */
  async photoBytes() {
    photo ??= await cameraJpeg()
    return photo.byteLength
  },
  /** A photo import as the documents room does it: EXIF, decode, downscale, JPEG, stored; then removed. */
  async photoImport(forumId: string) {
    const file = { name: 'kamera.jpg', bytes: photo ?? (photo = await cameraJpeg()) }
    const started = performance.now()
    const prepared = await prepareImage(file, 'jpeg', false)
    const stored = await repositories.photos.add(forumId, { ...prepared, caption: '' })
    const ms = performance.now() - started
    await repositories.photos.remove(stored.id)
    return { ms, bytes: stored.size }
  },
  /** The floor: decoding the same file into a bitmap, which no import can skip. */
  async photoDecode() {
    const bytes = photo ?? (photo = await cameraJpeg())
    const started = performance.now()
    const bitmap = await createImageBitmap(
      new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }),
    )
    const ms = performance.now() - started
    bitmap.close()
    return ms
  },
}

declare global {
  interface Window {
    bench: typeof bench
  }
}
window.bench = bench
document.getElementById('state')!.textContent = 'ready'

import { configureZodMessages } from '@shared/domain'
import { buildSampleForum } from '@shared/sample'
import { buildLargeDataset } from './large-seed'
import { coalescingTarget, readAheadSource, type ByteSource } from '@shared/backup'
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

/** A generated photo: 10 MB of xorshift noise, so that nothing compresses. */
function noise(bytes: number, seed: number): Uint8Array {
  const words = new Uint32Array(Math.ceil(bytes / 4))
  let state = seed | 1
  for (let i = 0; i < words.length; i++) {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    words[i] = state >>> 0
  }
  return new Uint8Array(words.buffer, 0, bytes)
}

const PHOTO_BYTES = 10_000_000

const bench = {
  repositories,
  largeBackup,
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

/**
 * The large-attachments figures, in a database of their own (the sample forum plus `megabytes` of
 * generated photos): a streamed backup into Blob parts (as the web twin downloads it), then a
 * restore read back from that Blob in slices. The metric samples the JS heap meanwhile.
 */
async function largeBackup(megabytes: number) {
  const name = `mufakat-bench-large-${crypto.randomUUID()}`
  const db = new MufakatDatabase(name)
  const large = createRepositories({ db, newId: () => crypto.randomUUID() })
  try {
    const now = new Date()
    await large.datasets.loadSample(buildSampleForum({ newId: () => crypto.randomUUID(), now }), {
      keepOrganisation: false,
    })
    const forum = (await db.forums.toCollection().first())!
    const count = Math.ceil((megabytes * 1024 * 1024) / PHOTO_BYTES)
    // Straight into the store, one photo per transaction: set-up, not the app's own write path.
    const native = db.backendDB()
    for (let n = 0; n < count; n++) {
      await new Promise<void>((resolve, reject) => {
        const tx = native.transaction('attachments', 'readwrite')
        tx.objectStore('attachments').put({
          id: crypto.randomUUID(),
          ownerType: 'forum_photo',
          ownerId: forum.id,
          forumId: forum.id,
          name: `foto-${n + 1}.jpg`,
          mime: 'image/jpeg',
          size: PHOTO_BYTES,
          bytes: noise(PHOTO_BYTES, n + 1),
          takenOn: null,
          caption: '',
          createdAt: now.toISOString(),
          updatedAt: now.toISOString(),
        })
        tx.oncomplete = () => resolve()
        tx.onerror = () => reject(tx.error)
      })
    }
    // The page's own view of its heap too (Chromium's performance.memory), sampled between awaits.
    const memory = (performance as { memory?: { usedJSHeapSize: number } }).memory
    let pageHeapPeak = 0
    const sampler = setInterval(() => {
      pageHeapPeak = Math.max(pageHeapPeak, memory?.usedJSHeapSize ?? 0)
    }, 50)
    const parts: Blob[] = []
    const target = coalescingTarget(
      {
        write: async (bytes) => void parts.push(new Blob([bytes])),
        finish: async () => undefined,
        abort: async () => undefined,
      },
      8 * 1024 * 1024,
    )
    let started = performance.now()
    await large.backup.createTo(target, { appVersion: 'bench' })
    await target.finish()
    const backupMs = performance.now() - started
    const file = new Blob(parts)
    parts.length = 0
    const source: ByteSource = readAheadSource(
      {
        size: file.size,
        read: async (offset, length) =>
          new Uint8Array(await file.slice(offset, offset + length).arrayBuffer()),
      },
      4 * 1024 * 1024,
    )
    started = performance.now()
    await large.backup.restore(source, { appVersion: 'bench' })
    const restoreMs = performance.now() - started
    clearInterval(sampler)
    const restored = await db.attachments.count()
    if (restored !== count) throw new Error(`restored ${restored} of ${count} photos`)
    return {
      backupMs,
      restoreMs,
      fileMb: file.size / (1024 * 1024),
      photos: count,
      pageHeapPeakMb: pageHeapPeak / (1024 * 1024),
    }
  } finally {
    db.close()
    await MufakatDatabase.delete(name)
  }
}

declare global {
  interface Window {
    bench: typeof bench
  }
}
window.bench = bench
document.getElementById('state')!.textContent = 'ready'

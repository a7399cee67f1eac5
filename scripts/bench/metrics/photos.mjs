// A photo import: a 12-megapixel camera JPEG (made in the seeder page) read for EXIF, decoded,
// brought to a 2048-pixel long edge, encoded as JPEG and stored. Its floor decodes the same file
// into a bitmap and nothing more: the part no import can skip.
import { median } from '../floors.mjs'

let sourceBytes = 0
let storedBytes = 0

async function seederPage(page, base) {
  await page.goto(`${base}/scripts/bench/seed.html`)
  await page.waitForFunction(() => document.getElementById('state')?.textContent === 'ready')
  sourceBytes = await page.evaluate(() => window.bench.photoBytes())
}

export const photoImport = {
  name: 'photo_import_ms',
  unit: 'ms',
  async run({ page, base, runs }) {
    await seederPage(page, base)
    const forumId = crypto.randomUUID()
    // The first import warms the decoder and the JIT up and is not counted.
    await page.evaluate((id) => window.bench.photoImport(id), forumId)
    const samples = []
    for (let i = 0; i < Math.max(3, runs); i++) {
      const result = await page.evaluate((id) => window.bench.photoImport(id), forumId)
      storedBytes = result.bytes
      samples.push(Math.round(result.ms))
    }
    return samples
  },
  report: (summary) => ({
    photo_import_ms: summary.median,
    photo_source_bytes: sourceBytes,
    photo_stored_bytes: storedBytes,
  }),
  async floors({ page, base, runs }) {
    await seederPage(page, base)
    await page.evaluate(() => window.bench.photoDecode())
    const samples = []
    for (let i = 0; i < Math.max(3, runs); i++) {
      samples.push(await page.evaluate(() => window.bench.photoDecode()))
    }
    return { photo_import_ms: Math.round(median(samples)) }
  },
  goals: { photo_import_ms: 3 },
}

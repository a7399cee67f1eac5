// The documents' figures, measured in Node (not in the bench page): the DOCX builders are pure, so
// the same code runs here as in the app. A Berita Acara with its lampiran for 300 attendees,
// 100 action items and 20 signature images, finalised: hashed, rendered once with the code, read back.
// Its floor zips the file's own parts with the compressor docx uses (fflate, default level).
import { unzipSync, zipSync } from 'fflate'
import { loadDocumentBuilders } from '../../demo/bundle.mjs'
import { median } from '../floors.mjs'

let builders

async function measure(runs) {
  builders ??= await loadDocumentBuilders()
  // The first run warms the JIT up and is not counted.
  await builders.timeLargeBeritaAcara()
  const samples = []
  for (let i = 0; i < runs; i++) samples.push(await builders.timeLargeBeritaAcara())
  return samples
}

let lastBytes = 0
let lastFile

function zipFloor(file, runs) {
  const parts = unzipSync(file)
  zipSync(parts)
  const samples = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    zipSync(parts)
    samples.push(performance.now() - started)
  }
  return median(samples)
}

export const docxLarge = {
  name: 'docx_large_ms',
  unit: 'ms',
  async run({ runs }) {
    const samples = await measure(Math.max(3, runs))
    lastBytes = Math.max(...samples.map((s) => s.bytes))
    lastFile = samples[0].file
    return samples.map((s) => Math.round(s.ms))
  },
  report: (summary) => ({ docx_large_ms: summary.median, docx_large_bytes: lastBytes }),
  floors: ({ runs }) => ({ docx_large_ms: zipFloor(lastFile, Math.max(3, runs)) }),
  goals: { docx_large_ms: 3 },
}

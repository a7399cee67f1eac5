// The documents' figures, measured in Node (not in the bench page): the DOCX builders are pure, so
// the same code runs here as in the app. A Berita Acara with its lampiran for 300 attendees,
// 100 action items and 20 signature images, finalised: rendered, hashed, rendered with the code.
import { loadDocumentBuilders } from '../../demo/bundle.mjs'

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

export const docxLarge = {
  name: 'docx_large_ms',
  unit: 'ms',
  async run({ runs }) {
    const samples = await measure(Math.max(3, runs))
    lastBytes = Math.max(...samples.map((s) => s.bytes))
    return samples.map((s) => Math.round(s.ms))
  },
  report: (summary) => ({ docx_large_ms: summary.median, docx_large_bytes: lastBytes }),
}

// Verification's figures, measured in Node like the documents' (the reader is pure, the same code
// runs in the app's worker): reading and judging the large Berita Acara (300 attendees, 20
// signatures) against its record, and reading a 500 KB hostile file until it is refused. Each run
// is a fresh Node process. Its peak JS heap is sampled every millisecond while the verification
// runs (the reader yields at each digest, so the sampler sees inside it) and once more at its end,
// before anything is collected; the peak resident-set growth is printed beside it, since inflated
// buffers live outside the JS heap.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'vite'

const root = resolve(import.meta.dirname, '../../..')

const CHILD = `
import { readFileSync } from 'node:fs'
const [modulePath, filePath, recordPath] = process.argv.slice(1)
const { timeVerify } = await import(modulePath)
const bytes = new Uint8Array(readFileSync(filePath))
const record = recordPath ? JSON.parse(readFileSync(recordPath, 'utf8')) : undefined
globalThis.gc()
const rssBefore = process.memoryUsage().rss
const peakBeforeKb = process.resourceUsage().maxRSS
let peakHeap = process.memoryUsage().heapUsed
const sampler = setInterval(() => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)
}, 1)
const result = await timeVerify(bytes, record)
peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)
clearInterval(sampler)
const peakKb = process.resourceUsage().maxRSS
const rssGrowth = peakKb > peakBeforeKb ? peakKb * 1024 - rssBefore : 0
console.log(JSON.stringify({ ...result, peakHeapMb: peakHeap / 1048576, rssGrowthMb: rssGrowth / 1048576 }))
`

let prepared

async function prepare() {
  if (prepared) return prepared
  const dir = mkdtempSync(join(tmpdir(), 'mufakat-verify-'))
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    resolve: { alias: { '@shared': join(root, 'src/shared') } },
    build: {
      ssr: join(root, 'src/shared/documents/verify-demo.ts'),
      outDir: dir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'verify-demo.mjs' } },
    },
    ssr: { noExternal: true },
  })
  const modulePath = join(dir, 'verify-demo.mjs')
  const demo = await import(pathToFileURL(modulePath).href)
  const large = await demo.largeFinalisedBeritaAcara()
  writeFileSync(join(dir, 'large.docx'), large.bytes)
  writeFileSync(join(dir, 'large.json'), JSON.stringify(large.record))
  writeFileSync(join(dir, 'hostile.docx'), demo.hostileDocx())
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
  prepared = { dir, modulePath: pathToFileURL(modulePath).href }
  return prepared
}

function runChild({ dir, modulePath }, file, record) {
  const out = execFileSync(
    process.execPath,
    [
      '--expose-gc',
      '--input-type=module',
      '-e',
      CHILD,
      modulePath,
      join(dir, file),
      ...(record ? [join(dir, record)] : []),
    ],
    { encoding: 'utf8', maxBuffer: 1024 * 1024 },
  )
  return JSON.parse(out.trim().split('\n').pop())
}

function verifyMetric(name, file, record, expected) {
  let heaps = []
  let rss = []
  return {
    name,
    unit: 'ms',
    async run({ runs }) {
      const files = await prepare()
      const samples = []
      heaps = []
      rss = []
      for (let i = 0; i < Math.max(3, runs); i++) {
        const result = runChild(files, file, record)
        if (!result.verdict.startsWith(expected))
          throw new Error(`${name}: verdict ${result.verdict}, expected ${expected}`)
        samples.push(Math.round(result.ms))
        heaps.push(result.peakHeapMb)
        rss.push(result.rssGrowthMb)
      }
      return samples
    },
    report: (summary) => ({
      [name]: summary.median,
      [name.replace(/_ms$/, '_peak_heap_mb')]: Math.round(Math.max(...heaps) * 10) / 10,
      [name.replace(/_ms$/, '_rss_growth_mb')]: Math.round(Math.max(...rss) * 10) / 10,
    }),
  }
}

export const verifyDocx = verifyMetric('verify_docx_ms', 'large.docx', 'large.json', 'identical')
export const verifyHostileDocx = verifyMetric(
  'verify_hostile_docx_ms',
  'hostile.docx',
  null,
  'refused: entry_too_large',
)

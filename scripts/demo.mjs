// npm run demo -- --out DIR: writes every document of the bundled sample forum as .docx (and the
// evidence pack as a ZIP), headless: no Electron, no display.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { loadDocumentBuilders } from './demo/bundle.mjs'

function argument(name, fallback) {
  const index = process.argv.indexOf(name)
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback
}

const outDir = resolve(argument('--out', 'out'))
const paper = argument('--paper', undefined)
if (paper !== undefined && paper !== 'A4' && paper !== 'F4') {
  console.error(`--paper must be A4 or F4, not '${paper}'`)
  process.exit(1)
}

const builders = await loadDocumentBuilders()
const started = Date.now()
const files = await builders.buildDemoFiles(paper ? { paper } : {})
mkdirSync(outDir, { recursive: true })
for (const file of files) {
  const path = join(outDir, file.name)
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, file.bytes)
  console.log(`${file.name}  ${(file.bytes.length / 1024).toFixed(0)} KB`)
}
const pack = await builders.buildDemoEvidencePack()
writeFileSync(join(outDir, 'Paket Bukti FKP.zip'), pack)
console.log(`Paket Bukti FKP.zip  ${(pack.length / 1024).toFixed(0)} KB`)
console.log(`${files.length} documents written to ${outDir} in ${Date.now() - started} ms`)

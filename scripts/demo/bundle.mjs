// Bundles the pure document builders (src/shared/documents/demo.ts) for plain Node with Vite's SSR
// build, into a temporary folder, and imports them. Used by `npm run demo` and the bench.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'vite'

const root = resolve(import.meta.dirname, '../..')

export async function loadDocumentBuilders() {
  const outDir = mkdtempSync(join(tmpdir(), 'mufakat-demo-'))
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    resolve: { alias: { '@shared': join(root, 'src/shared') } },
    build: {
      ssr: join(root, 'src/shared/documents/demo.ts'),
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'demo.mjs' } },
    },
    ssr: { noExternal: true },
  })
  try {
    return await import(pathToFileURL(join(outDir, 'demo.mjs')).href)
  } finally {
    rmSync(outDir, { recursive: true, force: true })
  }
}

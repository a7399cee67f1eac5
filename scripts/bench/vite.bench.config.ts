import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

const root = resolve(import.meta.dirname, '../..')

// The app, the seeder page and the floor page side by side, so that they share one origin and one IndexedDB.
export default defineConfig({
  root,
  base: './',
  resolve: {
    alias: {
      '@shared': resolve(root, 'src/shared'),
      '@renderer': resolve(root, 'src/renderer/src'),
    },
  },
  plugins: [react()],
  logLevel: 'warn',
  build: {
    // BENCH_OUT_DIR lets two bench runs on one machine build apart.
    outDir: resolve(root, process.env.BENCH_OUT_DIR ?? '.web-build-bench'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 8000,
    rollupOptions: {
      input: {
        app: resolve(root, 'src/renderer/index.html'),
        seed: resolve(root, 'scripts/bench/seed.html'),
        floor: resolve(root, 'scripts/bench/floor.html'),
      },
    },
  },
})

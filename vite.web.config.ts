import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// The web twin: the same renderer served as a plain page, with the browser implementation of the
// platform bridge. WEB_OUT_DIR lets parallel test runs build into their own folders.
export default defineConfig({
  root: resolve(import.meta.dirname, 'src/renderer'),
  base: './',
  resolve: {
    alias: {
      '@shared': resolve(import.meta.dirname, 'src/shared'),
      '@renderer': resolve(import.meta.dirname, 'src/renderer/src'),
    },
  },
  plugins: [react()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1' },
  build: {
    outDir: resolve(import.meta.dirname, process.env.WEB_OUT_DIR ?? 'dist-web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
})

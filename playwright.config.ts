import { defineConfig } from '@playwright/test'

// The web twin in Debian's Chromium. E2E_PORT keeps parallel runs (one per developer) apart.
const port = Number(process.env.E2E_PORT ?? 4317)
const outDir = `.web-build-${port}`

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  workers: process.env.CI ? 2 : 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: `test-results/${port}`,
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    locale: 'id-ID',
    timezoneId: 'Asia/Makassar',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `npx vite build --config vite.web.config.ts --logLevel warn && npx vite preview --config vite.web.config.ts --port ${port} --strictPort`,
    env: { WEB_OUT_DIR: outDir },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
})

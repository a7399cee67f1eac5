import { defineConfig } from '@playwright/test'

// The thin shell suite: it launches the real Electron binary and skips itself, saying so, where the
// binary cannot be had (see tests/electron/electron-available.ts).
export default defineConfig({
  testDir: 'tests/electron',
  forbidOnly: !!process.env.CI,
  workers: 1,
  timeout: 60_000,
  reporter: [['list']],
  globalSetup: './tests/electron/global-setup.ts',
})

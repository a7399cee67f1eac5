import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { APP_ID, PRODUCT_NAME } from '../../../src/shared/identity'
import { OPENABLE_EXTENSIONS } from '../../../src/main/file-open'

// Read with the YAML parser electron-builder itself uses for this file.
const require = createRequire(import.meta.url)
const yaml = require('js-yaml') as { load(text: string): unknown }

interface BuilderConfig {
  appId: string
  productName: string
  fileAssociations: { ext: string; mimeType: string; name: string }[]
  nsis: Record<string, unknown>
  linux: { target: string[]; mimeTypes: string[] }
}

const config = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig

describe('electron-builder.yml', () => {
  it('keeps the frozen identity', () => {
    expect(config.appId).toBe(APP_ID)
    expect(config.productName).toBe(PRODUCT_NAME)
  })

  it('associates every extension the app opens from argv, with a MIME type', () => {
    expect(config.fileAssociations.map((association) => `.${association.ext}`)).toEqual([
      ...OPENABLE_EXTENSIONS,
    ])
    expect(config.fileAssociations[0]?.mimeType).toBe('application/x-mufakat')
    expect(config.linux.mimeTypes).toContain('application/x-mufakat')
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']))
  })

  it('builds a per-user Indonesian installer with desktop and Start-menu shortcuts', () => {
    expect(config.nsis).toMatchObject({
      perMachine: false,
      language: '1057',
      installerLanguages: ['id_ID'],
      createDesktopShortcut: true,
      createStartMenuShortcut: true,
      deleteAppDataOnUninstall: false,
    })
  })
})

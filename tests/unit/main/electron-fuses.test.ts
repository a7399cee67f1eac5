import { createRequire } from 'node:module'
import { FuseV1Options, FuseVersion } from '@electron/fuses'
import { describe, expect, it } from 'vitest'

// The afterPack hook is CommonJS (electron-builder requires it); read it the same way.
const require = createRequire(import.meta.url)
const hook = require('../../../scripts/electron-fuses.cjs') as {
  fuseOptions(context: { electronPlatformName: string; arch: number }): Record<string, unknown>
}

describe('electron-fuses afterPack hook', () => {
  const options = hook.fuseOptions({ electronPlatformName: 'win32', arch: 1 })

  it('switches asar integrity on and app-from-asar only', () => {
    expect(options[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true)
    expect(options[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true)
  })

  it('closes every door to a debugger or a plain Node', () => {
    expect(options[FuseV1Options.RunAsNode]).toBe(false)
    expect(options[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false)
    expect(options[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false)
    expect(options[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false)
  })

  it('sets every fuse, so a new Electron fuse cannot slip through unset', () => {
    expect(options.version).toBe(FuseVersion.V1)
    expect(options.strictlyRequireAllFuses).toBe(true)
  })
})

// electron-builder `afterPack` hook (electron-builder.yml): flips Electron's fuses in the packaged
// binary, before signing and before the installer is made (engineering notes §3). Fuses switch off
// features at build time, so no command-line flag or environment variable can turn them on again.
// @electron/fuses comes with electron-builder (app-builder-lib depends on it).

// eslint-disable-next-line @typescript-eslint/no-require-imports
const path = require('node:path')
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { flipFuses, FuseV1Options, FuseVersion } = require('@electron/fuses')

function executablePath(context) {
  const { appOutDir, electronPlatformName, packager } = context
  const productFilename = packager.appInfo.productFilename
  switch (electronPlatformName) {
    case 'win32':
      return path.join(appOutDir, `${productFilename}.exe`)
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${productFilename}.app`)
    default:
      return path.join(appOutDir, packager.executableName)
  }
}

/** The fuses for one packaged build (exported for tests/unit/main/electron-fuses.test.ts). */
function fuseOptions(context) {
  return {
    version: FuseVersion.V1,
    strictlyRequireAllFuses: true,
    // Only for macOS on Apple silicon (builder-util's Arch.arm64 is 3); Mufakat targets Win/Linux.
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' && context.arch === 3,
    // No ELECTRON_RUN_AS_NODE: the app binary can never be used as a plain Node.
    [FuseV1Options.RunAsNode]: false,
    // Mufakat keeps no cookies; leaving this off avoids OS keyring prompts on Linux desktops.
    // It is a one-way switch: decide before the first release.
    [FuseV1Options.EnableCookieEncryption]: false,
    // No NODE_OPTIONS / NODE_EXTRA_CA_CERTS and no --inspect: nothing can be injected at launch.
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    // app.asar is checked against the hash electron-builder embeds in the executable (macOS and
    // Windows; Electron has no asar integrity on Linux yet): an edited app.asar does not start.
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    // Load the app only from app.asar (electron-builder.yml: asar: true).
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
    // The renderer is served from mufakat://app, never from file://.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  }
}

async function electronFuses(context) {
  await flipFuses(executablePath(context), fuseOptions(context))
}

module.exports = electronFuses
module.exports.fuseOptions = fuseOptions

import type { PreloadBridge } from '@shared/ipc/contract'

declare global {
  interface Window {
    /** Installed by src/preload/index.ts in Electron; absent in the browser. Use getPlatform(). */
    mufakat?: PreloadBridge
  }
}

export {}

import type { WebPreferences } from 'electron'
import { SESSION_PARTITION } from '@shared/identity'

/**
 * Every window of the app is built from these preferences ("Secure shell" in ARCHITECTURE.md); tested in
 * tests/unit/main/web-preferences.test.ts. The guards on navigation, new windows and permissions
 * are attached in ./security.ts to every web contents. `devTools` comes from
 * devToolsAllowed (./launch-policy.ts): packaged, there are none at all, so IndexedDB behind the
 * app lock stays closed.
 */
export function secureWebPreferences(preloadPath: string, devTools: boolean): WebPreferences {
  return {
    preload: preloadPath,
    partition: SESSION_PARTITION,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools,
  }
}

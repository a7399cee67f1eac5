import path from 'node:path'
import { app } from 'electron'
import { LICENCES_FILE } from './licences'
import { APP_URL, appOrigins, devServerUrl } from './security-policy'

/** Where the built files are, relative to out/main/index.js (electron-vite's layout). */
const here = import.meta.dirname

export const rendererRoot = path.join(here, '../renderer')
export const preloadPath = path.join(here, '../preload/index.cjs')
/** Written beside main's bundle by the build (scripts/licences.ts). */
export const licencesPath = path.join(here, LICENCES_FILE)

/** The dev server URL under `electron-vite dev`, else null (see devServerUrl). */
export const rendererDevUrl = devServerUrl(process.env.ELECTRON_RENDERER_URL, app.isPackaged)

/** Origins whose pages may navigate the app's windows and call IPC. */
export const trustedOrigins = appOrigins(rendererDevUrl)

/** The URL of a page of the app, e.g. `appPageUrl('#/forum/1/live')`. */
export function appPageUrl(hashRoute = ''): string {
  return (rendererDevUrl ?? APP_URL) + hashRoute
}

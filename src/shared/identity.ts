/**
 * Mufakat's frozen identity. NEVER change any of these after the first release.
 *
 * IndexedDB (where every forum, attendance list and agreement lives) is stored per origin and per
 * session: the origin is `APP_SCHEME://APP_HOST`, the session is `SESSION_PARTITION`, and the folder
 * holding both is derived from the product name and app id. Renaming any of them makes Electron
 * open a fresh, empty database: the user's data is not migrated, it is simply no longer found
 * ("Frozen identity" in ARCHITECTURE.md). The same goes for `DATABASE_NAME` inside that origin.
 */

/** Windows AppUserModelID and electron-builder `appId` (installer identity, notifications). */
export const APP_ID = 'id.mufakat.desktop'

/** `app.setName` and electron-builder `productName`: names the userData folder. */
export const PRODUCT_NAME = 'Mufakat'

/** The privileged custom scheme the renderer is served from. */
export const APP_SCHEME = 'mufakat'

/** The one host of that scheme: pages are served at `mufakat://app/`. */
export const APP_HOST = 'app'

/** The renderer's session. `persist:` keeps it on disk; without it data lives in memory only. */
export const SESSION_PARTITION = 'persist:mufakat'

/** The Dexie / IndexedDB database name inside the app origin. */
export const DATABASE_NAME = 'mufakat'

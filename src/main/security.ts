import { shell, type Session, type WebContents } from 'electron'
import { trustedOrigins } from './config'
import { externalUrlAllowed, isAllowedNavigation, permissionAllowed } from './security-policy'

/**
 * Electron wiring of the decisions in ./security-policy.ts. Each guard has
 * an Electron test in tests/electron/shell.spec.ts.
 */

/** Deny every web permission request and check on the app's session. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    callback(permissionAllowed(permission))
  })
  session.setPermissionCheckHandler((_contents, permission) => permissionAllowed(permission))
  session.setDevicePermissionHandler(() => false)
}

/**
 * Attached to every web contents the app ever creates: a window only shows the app; new windows
 * are refused, and a plain http(s) link is handed to the user's browser instead.
 */
export function hardenWebContents(contents: WebContents): void {
  const blockForeignNavigation = (event: { preventDefault(): void; url: string }) => {
    if (!isAllowedNavigation(event.url, trustedOrigins)) {
      event.preventDefault()
      console.warn(`[security] blocked navigation to ${event.url}`)
    }
  }
  contents.on('will-navigate', blockForeignNavigation)
  contents.on('will-redirect', blockForeignNavigation)
  // Sub-frames (the app has none; a stray iframe must not wander off either).
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) blockForeignNavigation(event)
  })

  contents.setWindowOpenHandler(({ url }) => {
    if (externalUrlAllowed(url)) {
      void shell.openExternal(url).catch((error: unknown) => {
        console.warn(`[security] could not open ${url} outside:`, error)
      })
    } else {
      console.warn(`[security] refused to open ${url}`)
    }
    return { action: 'deny' }
  })

  contents.on('will-attach-webview', (event) => event.preventDefault())
}

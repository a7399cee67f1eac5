import { describe, expect, it } from 'vitest'
import { SESSION_PARTITION } from '../../../src/shared/identity'
import { devToolsAllowed, NO_DEVTOOLS_ENV } from '../../../src/main/launch-policy'
import { secureWebPreferences } from '../../../src/main/web-preferences'

describe('secureWebPreferences', () => {
  it('keeps every window sandboxed, isolated and on the persistent partition', () => {
    expect(secureWebPreferences('/app/preload.cjs', true)).toMatchObject({
      preload: '/app/preload.cjs',
      partition: SESSION_PARTITION,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    })
  })

  it('has no developer tools in the packaged app, nor when the lock-down is tried in development', () => {
    expect(secureWebPreferences('/p', devToolsAllowed(true)).devTools).toBe(false)
    expect(
      secureWebPreferences('/p', devToolsAllowed(false, { [NO_DEVTOOLS_ENV]: '1' })).devTools,
    ).toBe(false)
    expect(secureWebPreferences('/p', devToolsAllowed(false)).devTools).toBe(true)
  })
})

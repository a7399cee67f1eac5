import { expect, type Locator } from '@playwright/test'

/** More stops than any screen has: a target never reached is a broken tab order. */
const MAX_STOPS = 80

/**
 * Presses Tab (or Shift+Tab) until the target has focus, as a keyboard user moves through a
 * screen; fails when the target is not reachable that way.
 */
export async function tabTo(target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  const keyboard = target.page().keyboard
  for (let stop = 0; stop < MAX_STOPS; stop++) {
    if (await target.evaluate((node) => node === document.activeElement)) return
    await keyboard.press(key)
  }
  await expect(target, `reachable with ${key}`).toBeFocused({ timeout: 1 })
}

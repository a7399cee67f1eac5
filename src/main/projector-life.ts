import type { KeepAwake } from './keep-awake'

/**
 * What happens around the projector window's life, against small surfaces so
 * tests/unit/main/projector-life.test.ts can drive it: the display stays awake while the window
 * is open, and the window is placed again whenever a display is plugged in or unplugged.
 */
export interface ClosableWindow {
  on(event: 'closed', listener: () => void): unknown
}

export interface DisplayEvents {
  on(event: 'display-added' | 'display-removed', listener: () => void): unknown
  removeListener(event: 'display-added' | 'display-removed', listener: () => void): unknown
}

export const PROJECTOR_HOLD = 'projector'

export function keepAwakeWhileOpen(window: ClosableWindow, keepAwake: KeepAwake): void {
  keepAwake.hold(PROJECTOR_HOLD)
  window.on('closed', () => keepAwake.release(PROJECTOR_HOLD))
}

export function followDisplayChanges(
  window: ClosableWindow,
  screen: DisplayEvents,
  place: () => void,
): void {
  screen.on('display-removed', place)
  screen.on('display-added', place)
  window.on('closed', () => {
    screen.removeListener('display-removed', place)
    screen.removeListener('display-added', place)
  })
}

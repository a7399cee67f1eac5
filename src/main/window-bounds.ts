import type { ShellSettingsStore } from './shell-settings'

/**
 * Where a window opens, as pure functions (tests/unit/main/window-bounds.test.ts): the main
 * window comes back where it was, unless that display is gone; the projector goes to the chosen
 * display, else an external one, else the primary.
 */

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface DisplayInfo {
  id: number
  bounds: Rect
  workArea: Rect
}

/** At least this much of a remembered window must lie on a display (enough to grab its title). */
export const MIN_VISIBLE = { width: 120, height: 40 }

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  }
}

function centred(size: { width: number; height: number }, area: Rect): Rect {
  const width = Math.min(size.width, area.width)
  const height = Math.min(size.height, area.height)
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  }
}

/**
 * The remembered bounds, moved and shrunk to fit the display that shows most of them; centred on
 * `primary` at the default size when nothing remembered, or when no display shows enough of it
 * (the monitor it was on is unplugged).
 */
export function restoreWindowBounds(
  saved: Rect | null | undefined,
  displays: readonly DisplayInfo[],
  primary: DisplayInfo,
  defaults: { width: number; height: number },
): Rect {
  if (!saved) return centred(defaults, primary.workArea)
  let best: { display: DisplayInfo; area: number } | null = null
  for (const display of displays) {
    const { width, height } = overlap(saved, display.workArea)
    if (width < MIN_VISIBLE.width || height < MIN_VISIBLE.height) continue
    if (!best || width * height > best.area) best = { display, area: width * height }
  }
  if (!best) return centred(defaults, primary.workArea)
  const area = best.display.workArea
  const width = Math.min(saved.width, area.width)
  const height = Math.min(saved.height, area.height)
  return {
    x: Math.min(Math.max(saved.x, area.x), area.x + area.width - width),
    y: Math.min(Math.max(saved.y, area.y), area.y + area.height - height),
    width,
    height,
  }
}

/**
 * The display for the projector: the one the facilitator chose if it is connected, else one that
 * is not showing the main window (the hall's projector), else the primary.
 */
export function chooseProjectorDisplay(
  displays: readonly DisplayInfo[],
  options: { chosenId?: number | null; mainWindowDisplayId: number; primaryId: number },
): DisplayInfo {
  const chosen = displays.find((display) => display.id === options.chosenId)
  if (chosen) return chosen
  const external = displays.find((display) => display.id !== options.mainWindowDisplayId)
  if (external) return external
  const primary = displays.find((display) => display.id === options.primaryId)
  const fallback = primary ?? displays[0]
  if (!fallback) throw new Error('no display connected')
  return fallback
}

/** Full screen over a display of its own; a large window beside the main one when sharing it. */
export function projectorPlacement(
  display: DisplayInfo,
  sharesMainDisplay: boolean,
): { bounds: Rect; fullscreen: boolean } {
  const area = display.workArea
  if (!sharesMainDisplay) return { bounds: { ...display.bounds }, fullscreen: true }
  return {
    bounds: {
      x: area.x + Math.round(area.width * 0.1),
      y: area.y + Math.round(area.height * 0.1),
      width: Math.round(area.width * 0.8),
      height: Math.round(area.height * 0.8),
    },
    fullscreen: false,
  }
}

/** What remembering the main window's place needs of a BrowserWindow. */
export interface RememberedWindow {
  on(event: 'close', listener: () => void): unknown
  getNormalBounds(): Rect
  isMaximized(): boolean
}

/**
 * On close, the window's place is kept for the next start. The normal (unmaximised) bounds are
 * kept with the maximised flag, so a window closed maximised opens maximised and, once restored,
 * goes back to the size it had before.
 */
export function rememberPlaceOnClose(
  window: RememberedWindow,
  settings: Pick<ShellSettingsStore, 'update'>,
): void {
  window.on('close', () => {
    void settings.update({
      window: { bounds: window.getNormalBounds(), maximized: window.isMaximized() },
    })
  })
}

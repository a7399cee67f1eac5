import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openShellSettings } from '../../../src/main/shell-settings'
import {
  chooseProjectorDisplay,
  projectorPlacement,
  rememberPlaceOnClose,
  restoreWindowBounds,
  type DisplayInfo,
  type Rect,
} from '../../../src/main/window-bounds'

function display(id: number, x: number, width: number, height: number): DisplayInfo {
  const bounds = { x, y: 0, width, height }
  // A 40 px task bar at the bottom.
  return { id, bounds, workArea: { ...bounds, height: height - 40 } }
}

const laptop = display(1, 0, 1366, 768)
const projector = display(2, 1366, 1920, 1080)
const size = { width: 1280, height: 820 }

describe('restoreWindowBounds', () => {
  it('centres the default size on the primary display the first time, shrunk to fit', () => {
    expect(restoreWindowBounds(undefined, [laptop], laptop, size)).toEqual({
      x: 43,
      y: 0,
      width: 1280,
      height: 728,
    })
  })

  it('puts the window back where it was', () => {
    const saved = { x: 1500, y: 100, width: 1200, height: 800 }
    expect(restoreWindowBounds(saved, [laptop, projector], laptop, size)).toEqual(saved)
  })

  it('brings it back to the primary display when its display is unplugged', () => {
    const saved = { x: 1500, y: 100, width: 1200, height: 800 }
    expect(restoreWindowBounds(saved, [laptop], laptop, size)).toEqual({
      x: 43,
      y: 0,
      width: 1280,
      height: 728,
    })
  })

  it('pulls a window hanging off the edge back inside and shrinks it to the display', () => {
    const saved = { x: -300, y: -50, width: 2000, height: 600 }
    expect(restoreWindowBounds(saved, [laptop], laptop, size)).toEqual({
      x: 0,
      y: 0,
      width: 1366,
      height: 600,
    })
  })

  it('does not trust a sliver: too little on screen to grab counts as off screen', () => {
    const saved = { x: 1300, y: 700, width: 800, height: 600 }
    expect(restoreWindowBounds(saved, [laptop], laptop, size).x).toBe(43)
  })
})

describe('chooseProjectorDisplay', () => {
  const options = { mainWindowDisplayId: 1, primaryId: 1 }

  it('prefers the display the facilitator chose', () => {
    const third = display(3, 3286, 1280, 720)
    expect(chooseProjectorDisplay([laptop, projector, third], { ...options, chosenId: 3 }).id).toBe(
      3,
    )
  })

  it('else goes to a display other than the main window’s', () => {
    expect(chooseProjectorDisplay([laptop, projector], options).id).toBe(2)
    expect(chooseProjectorDisplay([laptop, projector], { ...options, chosenId: 99 }).id).toBe(2)
  })

  it('else stays on the primary display', () => {
    expect(chooseProjectorDisplay([laptop], { ...options, chosenId: 2 }).id).toBe(1)
  })
})

describe('projectorPlacement', () => {
  it('fills a display of its own, full screen', () => {
    expect(projectorPlacement(projector, false)).toEqual({
      bounds: projector.bounds,
      fullscreen: true,
    })
  })

  it('is a large window when it shares the laptop screen', () => {
    expect(projectorPlacement(laptop, true)).toEqual({
      bounds: { x: 137, y: 73, width: 1093, height: 582 },
      fullscreen: false,
    })
  })
})

/** A main window that the user moved to `bounds` and then closes. */
function closingWindow(bounds: Rect, maximized: boolean) {
  const listeners: (() => void)[] = []
  return {
    window: {
      on: (_event: 'close', listener: () => void) => listeners.push(listener),
      getNormalBounds: () => bounds,
      isMaximized: () => maximized,
    },
    close: () => listeners.forEach((listener) => listener()),
  }
}

describe('rememberPlaceOnClose', () => {
  it('saves nothing until the window closes', () => {
    const updates: unknown[] = []
    const { window } = closingWindow({ x: 1500, y: 100, width: 1200, height: 800 }, false)

    rememberPlaceOnClose(window, { update: async (change) => void updates.push(change) })

    expect(updates).toEqual([])
  })

  it('keeps the place and the maximised state, and the next start opens there', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'mufakat-bounds-'))
    const file = path.join(dir, 'shell-settings.json')
    try {
      const moved = { x: 1500, y: 100, width: 1200, height: 800 }
      const { window, close } = closingWindow(moved, true)
      const settings = openShellSettings(file)
      rememberPlaceOnClose(window, settings)

      close()
      // Writes are queued: this one resolves once the write the close started is on disk.
      await settings.update({})

      const nextStart = openShellSettings(file).read().window
      expect(nextStart).toEqual({ bounds: moved, maximized: true })
      expect(restoreWindowBounds(nextStart?.bounds, [laptop, projector], laptop, size)).toEqual(
        moved,
      )
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})

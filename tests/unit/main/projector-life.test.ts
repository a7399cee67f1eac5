import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { createKeepAwake, type BlockerSurface } from '../../../src/main/keep-awake'
import { followDisplayChanges, keepAwakeWhileOpen } from '../../../src/main/projector-life'

function fakeBlocker() {
  let next = 1
  const started = new Set<number>()
  const blocker: BlockerSurface = {
    start: vi.fn(() => {
      started.add(next)
      return next++
    }),
    stop: vi.fn((id: number) => started.delete(id)),
    isStarted: (id: number) => started.has(id),
  }
  return { blocker, started }
}

describe('createKeepAwake', () => {
  it('blocks display sleep once while held and releases it after the last holder', () => {
    const { blocker, started } = fakeBlocker()
    const keepAwake = createKeepAwake(blocker)

    keepAwake.hold('projector')
    keepAwake.hold('forum')
    expect(blocker.start).toHaveBeenCalledExactlyOnceWith('prevent-display-sleep')

    keepAwake.release('projector')
    expect(started.size).toBe(1)
    keepAwake.release('forum')
    expect(started.size).toBe(0)
    expect(keepAwake.active).toBe(false)
  })

  it('releases everything when the app quits', () => {
    const { blocker, started } = fakeBlocker()
    const keepAwake = createKeepAwake(blocker)
    keepAwake.hold('projector')

    keepAwake.releaseAll()
    keepAwake.releaseAll()

    expect(started.size).toBe(0)
    expect(blocker.stop).toHaveBeenCalledOnce()
  })
})

describe('the projector window', () => {
  it('keeps the display awake from opening until it closes', () => {
    const { blocker, started } = fakeBlocker()
    const keepAwake = createKeepAwake(blocker)
    const window = new EventEmitter()

    keepAwakeWhileOpen(window, keepAwake)
    expect(started.size).toBe(1)

    window.emit('closed')
    expect(started.size).toBe(0)
  })

  it('is placed again when a display comes or goes, and stops listening once closed', () => {
    const window = new EventEmitter()
    const screen = new EventEmitter()
    const place = vi.fn()

    followDisplayChanges(window, screen, place)
    screen.emit('display-removed')
    screen.emit('display-added')
    expect(place).toHaveBeenCalledTimes(2)

    window.emit('closed')
    screen.emit('display-added')
    expect(place).toHaveBeenCalledTimes(2)
    expect(screen.listenerCount('display-added')).toBe(0)
  })
})

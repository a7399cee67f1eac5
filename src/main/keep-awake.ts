import type { PowerSaveBlocker } from 'electron'

/**
 * Keeps the display awake while a projector window is open (a hall's projector must not go dark
 * mid-forum), and lets it sleep again once the last one closes or the app quits. Reasons are
 * counted so two holders never release each other's hold.
 */
export type BlockerSurface = Pick<PowerSaveBlocker, 'start' | 'stop' | 'isStarted'>

export interface KeepAwake {
  hold(reason: string): void
  release(reason: string): void
  releaseAll(): void
  readonly active: boolean
}

export function createKeepAwake(blocker: BlockerSurface): KeepAwake {
  const holders = new Set<string>()
  let blockerId: number | null = null
  const update = () => {
    if (holders.size > 0 && blockerId === null) {
      blockerId = blocker.start('prevent-display-sleep')
    } else if (holders.size === 0 && blockerId !== null) {
      if (blocker.isStarted(blockerId)) blocker.stop(blockerId)
      blockerId = null
    }
  }
  return {
    hold(reason) {
      holders.add(reason)
      update()
    },
    release(reason) {
      holders.delete(reason)
      update()
    },
    releaseAll() {
      holders.clear()
      update()
    },
    get active() {
      return blockerId !== null
    },
  }
}

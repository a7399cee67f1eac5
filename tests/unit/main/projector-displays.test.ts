import { describe, expect, it, vi } from 'vitest'
import { ERROR_CODES } from '@shared/ipc/contract'
import { HandlerError } from '../../../src/main/ipc/handler-error'
import { projectorDisplayChoice, type DisplayLike } from '../../../src/main/projector-displays'
import type { ShellSettings } from '../../../src/main/shell-settings'

const laptop: DisplayLike = {
  id: 11,
  label: 'Built-in',
  size: { width: 1366, height: 768 },
  internal: true,
}
const hall: DisplayLike = { id: 22, label: 'EPSON PJ', size: { width: 1920, height: 1080 } }

function setUp(connected: DisplayLike[], stored: ShellSettings = {}) {
  let settings = stored
  const store = {
    read: () => settings,
    update: vi.fn(async (change: Partial<ShellSettings>) => {
      settings = { ...settings, ...change }
    }),
  }
  const screen = { getAllDisplays: () => connected, getPrimaryDisplay: () => laptop }
  const moved = vi.fn()
  return {
    choice: projectorDisplayChoice(screen, store, moved),
    store,
    moved,
    stored: () => settings,
  }
}

describe('the projector display the facilitator picks', () => {
  it('lists every connected display with its size, the primary and the laptop screen marked', () => {
    const { choice } = setUp([laptop, hall], { projectorDisplayId: 22 })
    expect(choice.list()).toEqual({
      displays: [
        { id: 11, label: 'Built-in', width: 1366, height: 768, primary: true, internal: true },
        { id: 22, label: 'EPSON PJ', width: 1920, height: 1080, primary: false, internal: false },
      ],
      chosenId: 22,
    })
  })

  it('stores the choice where the projector window reads it, and moves an open projector', async () => {
    const { choice, moved, stored } = setUp([laptop, hall])
    expect(choice.list().chosenId).toBeNull()
    const answer = await choice.choose(22)
    expect(stored().projectorDisplayId).toBe(22)
    expect(answer.chosenId).toBe(22)
    expect(moved).toHaveBeenCalledOnce()
    await choice.choose(null)
    expect(stored().projectorDisplayId).toBeUndefined()
  })

  it('refuses a display that is not connected and stores nothing', async () => {
    const { choice, store, moved } = setUp([laptop])
    const refusal = await choice.choose(22).catch((error: unknown) => error)
    expect(refusal).toBeInstanceOf(HandlerError)
    expect((refusal as HandlerError).code).toBe(ERROR_CODES.invalidRequest)
    expect(store.update).not.toHaveBeenCalled()
    expect(moved).not.toHaveBeenCalled()
  })

  it('keeps an unplugged choice for when the projector comes back, without offering it now', () => {
    const { choice, stored } = setUp([laptop], { projectorDisplayId: 22 })
    expect(choice.list()).toMatchObject({ chosenId: null })
    expect(stored().projectorDisplayId).toBe(22)
  })
})

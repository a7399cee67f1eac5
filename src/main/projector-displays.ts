import { ERROR_CODES, type ProjectorDisplays } from '@shared/ipc/contract'
import { HandlerError } from './ipc/handler-error'
import type { ShellSettingsStore } from './shell-settings'

/** What is read of an Electron Display; a test hands plain objects. */
export interface DisplayLike {
  id: number
  label?: string
  size: { width: number; height: number }
  internal?: boolean
}

export interface DisplaySource {
  getAllDisplays(): DisplayLike[]
  getPrimaryDisplay(): DisplayLike
}

/**
 * The facilitator's pick of the projector's display (tests/unit/main/projector-displays.test.ts):
 * the list the live room shows, and the choice stored as `projectorDisplayId` in the shell
 * settings, where src/main/windows.ts reads it when it places the projector.
 */
export function projectorDisplayChoice(
  screen: DisplaySource,
  settings: Pick<ShellSettingsStore, 'read' | 'update'>,
  onChosen: () => void,
) {
  function list(): ProjectorDisplays {
    const primaryId = screen.getPrimaryDisplay().id
    const displays = screen.getAllDisplays().map((display) => ({
      id: display.id,
      label: (display.label ?? '').slice(0, 200),
      width: display.size.width,
      height: display.size.height,
      primary: display.id === primaryId,
      internal: display.internal ?? false,
    }))
    // Kept while unplugged (the hall's projector comes back), yet not offered as if connected.
    const stored = settings.read().projectorDisplayId
    const chosenId = displays.some((display) => display.id === stored) ? (stored ?? null) : null
    return { displays, chosenId }
  }

  async function choose(displayId: number | null): Promise<ProjectorDisplays> {
    const connected = screen.getAllDisplays().some((display) => display.id === displayId)
    if (displayId !== null && !connected) {
      throw new HandlerError(ERROR_CODES.invalidRequest, `display ${displayId} is not connected`)
    }
    await settings.update({ projectorDisplayId: displayId ?? undefined })
    onChosen()
    return list()
  }

  return { list, choose }
}

import { useEffect, useRef } from 'react'
import type { ProjectorLook, ProjectorView } from '@shared/settings'

// The view and its settings key live in the settings registry, so a reloaded projector shows it.
export {
  DEFAULT_PROJECTOR_LOOK,
  DEFAULT_PROJECTOR_VIEW,
  PROJECTOR_MODES,
  PROJECTOR_TEXT_SIZES,
  PROJECTOR_THEMES,
  type ProjectorLook,
  projectorSettingKey,
  type ProjectorMode,
  type ProjectorView,
} from '@shared/settings'

/** The id of the agreement not yet added: its text is shown while it is typed. */
export const NEW_AGREEMENT_DRAFT = 'new'

export type ProjectorMessage =
  | { type: 'view'; view: ProjectorView }
  | { type: 'look'; look: ProjectorLook }
  | { type: 'draft'; agreementId: string; text: string }

function channelName(forumId: string): string {
  return `mufakat-projector:${forumId}`
}

/**
 * One BroadcastChannel per forum between the facilitator's window and the projector's; drafts go
 * through it per keystroke, while the database stays the source of truth after a reload.
 */
export function useProjectorChannel(
  forumId: string | undefined,
  onMessage: (message: ProjectorMessage) => void = () => undefined,
): (message: ProjectorMessage) => void {
  const channel = useRef<BroadcastChannel | null>(null)
  const handler = useRef(onMessage)
  useEffect(() => {
    handler.current = onMessage
  })
  useEffect(() => {
    if (!forumId || typeof BroadcastChannel === 'undefined') return undefined
    const opened = new BroadcastChannel(channelName(forumId))
    opened.onmessage = (event: MessageEvent<ProjectorMessage>) => handler.current(event.data)
    channel.current = opened
    return () => {
      opened.close()
      channel.current = null
    }
  }, [forumId])
  return (message) => channel.current?.postMessage(message)
}

import { useOutletContext } from 'react-router'
import type { Forum } from '@shared/domain'

/** What ForumLayout hands its section pages through the router outlet. */
export interface ForumOutletContext {
  forum: Forum
  /** Where a page's header actions go (see ForumHeaderActions); null until the header is mounted. */
  actionsSlot: HTMLElement | null
  hideSections: (hidden: boolean) => void
}

/** The context of the page's ForumLayout; a page rendered outside that layout is a routing bug. */
export function useForumFrame(): ForumOutletContext {
  const context = useOutletContext<ForumOutletContext | undefined>()
  if (!context) throw new Error('useForumFrame: the page is not routed under ForumLayout')
  return context
}

/** The forum of the page's ForumLayout. */
export function useCurrentForum(): Forum {
  return useForumFrame().forum
}

import { useOutletContext } from 'react-router'
import type { Forum } from '@shared/domain'

/** What ForumLayout hands its section pages through the router outlet. */
export interface ForumOutletContext {
  forum: Forum
}

/** The forum of the page's ForumLayout; a page rendered outside that layout is a routing bug. */
export function useCurrentForum(): Forum {
  const context = useOutletContext<ForumOutletContext | undefined>()
  if (!context) throw new Error('useCurrentForum: the page is not routed under ForumLayout')
  return context.forum
}

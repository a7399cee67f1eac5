import { useEffect, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { useForumFrame } from './current-forum'

/**
 * A section page's own buttons and controls. ForumLayout renders the header; these appear at its
 * end, where the page would have put them itself.
 */
export function ForumHeaderActions({ children }: { children: ReactNode }) {
  const { actionsSlot } = useForumFrame()
  return actionsSlot ? createPortal(children, actionsSlot) : null
}

/** Hides the section navigation while `hidden`: the check-in desk's tablet mode keeps only its big controls. */
export function useHiddenForumSections(hidden: boolean): void {
  const { hideSections } = useForumFrame()
  useEffect(() => {
    hideSections(hidden)
    return () => hideSections(false)
  }, [hidden, hideSections])
}

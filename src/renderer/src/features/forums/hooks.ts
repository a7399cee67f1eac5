import { useEffect, useState } from 'react'
import type { Forum } from '@shared/domain'
import { useRepositories, useLiveQuery } from '../../db'

/** Enough forums to fill the screen, read first from the startDate index. */
const FIRST_PAGE = 50

export interface ForumList {
  forums: Forum[]
  /** False while only the first page is known: counts and searches wait for the rest. */
  complete: boolean
}

/**
 * Newest forums first: the first page shows at once, and every forum is read only after that page
 * is painted, so that reading thousands of forums never delays the first rows.
 */
export function useForumList(includeArchived: boolean): ForumList | undefined {
  const { forums } = useRepositories()
  // Each answer names the filter it was read for: a list kept from before a change of the
  // archived filter is never shown as the new one.
  const first = useLiveQuery(
    async () => ({
      includeArchived,
      forums: await forums.list({ includeArchived, limit: FIRST_PAGE }),
    }),
    [forums, includeArchived],
  )
  const [wantAll, setWantAll] = useState(false)
  const shown = first !== undefined
  useEffect(() => {
    if (!shown || wantAll) return
    // After the next frame and its paint, not before: the first page is on screen by then.
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setWantAll(true))
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [shown, wantAll])
  const all = useLiveQuery(
    async () =>
      wantAll
        ? {
            includeArchived,
            forums: await forums.list({ includeArchived, limit: Number.MAX_SAFE_INTEGER }),
          }
        : null,
    [forums, includeArchived, wantAll],
  )
  if (all && all.includeArchived === includeArchived) return { forums: all.forums, complete: true }
  if (!first || first.includeArchived !== includeArchived) return undefined
  // A first page shorter than a page is every forum there is.
  return { forums: first.forums, complete: first.forums.length < FIRST_PAGE }
}

export function useForum(forumId: string | undefined) {
  const { forums } = useRepositories()
  return useLiveQuery(
    async () => (forumId ? ((await forums.get(forumId)) ?? null) : null),
    [forums, forumId],
  )
}

export function useOrganisationProfile() {
  const { organisation } = useRepositories()
  return useLiveQuery(async () => (await organisation.get()) ?? null, [organisation])
}

export function useSavedTemplates() {
  const { templates } = useRepositories()
  return useLiveQuery(() => templates.list(), [templates])
}

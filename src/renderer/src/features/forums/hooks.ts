import { useRepositories, useLiveQuery } from '../../db'

export function useForumList(includeArchived: boolean) {
  const { forums } = useRepositories()
  return useLiveQuery(
    () => forums.list({ includeArchived, limit: 100_000 }),
    [forums, includeArchived],
  )
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

import type { DocumentContext } from '@shared/documents'
import { useLiveQuery, useRepositories } from '../../db'

export type ContextState =
  | { status: 'loading' }
  | { status: 'missing'; reason: 'organisation' | 'forum' }
  | { status: 'ready'; context: DocumentContext }

/** Everything a forum's documents state, kept live: any change re-renders the preview. */
export function useDocumentContext(forumId: string | undefined): ContextState {
  const { documents } = useRepositories()
  const state = useLiveQuery(async (): Promise<ContextState> => {
    if (!forumId) return { status: 'missing', reason: 'forum' }
    try {
      return { status: 'ready', context: await documents.loadDocumentContext(forumId) }
    } catch (error) {
      const path = (error as { problems?: { path: string }[]; entity?: string }).entity
      return { status: 'missing', reason: path === 'organisation' ? 'organisation' : 'forum' }
    }
  }, [documents, forumId])
  return state ?? { status: 'loading' }
}

export function useFinalisedDocuments(forumId: string | undefined) {
  const { documents } = useRepositories()
  return useLiveQuery(
    async () => (forumId ? documents.listByForum(forumId) : []),
    [documents, forumId],
  )
}

/** The nomor the finalise form offers for a choice: undefined while loading, null when unnumbered. */
export function useNomorSuggestion(forumId: string, choice: string) {
  const { documents } = useRepositories()
  return useLiveQuery(() => documents.suggestNomor(forumId, choice), [documents, forumId, choice])
}

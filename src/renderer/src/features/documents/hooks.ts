import { useEffect, useState } from 'react'
import { sha256Hex } from '@shared/bytes'
import { modelCanonical, type DocumentContext, type DocumentModel } from '@shared/documents'
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

/**
 * The verification code of the finalised document the preview shows, or null: the preview's text
 * hashes to a finalised document's hash only when it states exactly what that document states.
 */
export function usePrintedCode(model: DocumentModel): string | null {
  const { documents } = useRepositories()
  const [hash, setHash] = useState<string | null>(null)
  useEffect(() => {
    let current = true
    void sha256Hex(modelCanonical(model)).then((value) => current && setHash(value))
    return () => {
      current = false
    }
  }, [model])
  const code = useLiveQuery(
    async () => (hash ? ((await documents.findByHash(hash))?.code ?? null) : null),
    [documents, hash],
  )
  return code ?? null
}

import { createContext, useContext, type ReactNode } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { Repositories } from './repositories'

const RepositoriesContext = createContext<Repositories | null>(null)

export function RepositoriesProvider(props: { repositories: Repositories; children: ReactNode }) {
  return (
    <RepositoriesContext.Provider value={props.repositories}>
      {props.children}
    </RepositoriesContext.Provider>
  )
}

export function useRepositories(): Repositories {
  const repositories = useContext(RepositoriesContext)
  if (!repositories) throw new Error('useRepositories outside RepositoriesProvider')
  return repositories
}

/** Re-exported so that features observe repository queries without importing Dexie. */
export { useLiveQuery }

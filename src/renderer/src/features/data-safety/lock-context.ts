import { createContext, useContext } from 'react'

export interface AppLockControls {
  lockNow: () => void
  /** Called before the lock is switched on, so that switching it on does not lock the user out. */
  keepOpen: () => void
}

export const AppLockContext = createContext<AppLockControls>({
  lockNow: () => undefined,
  keepOpen: () => undefined,
})

export function useAppLock(): AppLockControls {
  return useContext(AppLockContext)
}

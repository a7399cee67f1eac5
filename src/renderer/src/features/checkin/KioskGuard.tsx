import type { ReactNode } from 'react'
import { useLiveQuery, useRepositories } from '../../db'
import { KioskDesk } from './KioskDesk'

/**
 * While the laptop is a self sign-in desk, the app is that desk and nothing else: every route,
 * a reload and a typed address all land on it, until the PIN ends it.
 */
export function KioskGuard({ children }: { children: ReactNode }) {
  const { settings } = useRepositories()
  const kiosk = useLiveQuery(() => settings.get('kiosk'), [settings])
  if (kiosk === undefined) return null
  return kiosk ? <KioskDesk kiosk={kiosk} /> : children
}

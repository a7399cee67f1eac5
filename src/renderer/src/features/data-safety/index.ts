export { AppLockGate } from './AppLockGate'
export { DataSafetyPage } from './DataSafetyPage'
export { useAppLock } from './lock-context'

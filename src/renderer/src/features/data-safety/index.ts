export { AppLockGate } from './AppLockGate'
export { DataSafetyPage } from './DataSafetyPage'
export { useAppLock } from './lock-context'
export { useBackupStatus, type BackupStatus } from './hooks'

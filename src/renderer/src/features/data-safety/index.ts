export { AppLockGate } from './AppLockGate'
export { DataSafetyPage } from './DataSafetyPage'

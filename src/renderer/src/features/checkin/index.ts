export { CheckinPage } from './CheckinPage'
export { KioskGuard } from './KioskGuard'

export { CheckinPage } from './CheckinPage'

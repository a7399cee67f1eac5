export { FollowUpPage } from './FollowUpPage'
export { ActionItemPage } from './ActionItemPage'
export { ReminderWatcher } from './ReminderWatcher'
export { useOverdueCount } from './useOverdueCount'

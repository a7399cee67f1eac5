export * from './unsur-score'
export * from './action-status'
export * from './time-zone'

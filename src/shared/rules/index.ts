export * from './unsur-score'
export * from './action-status'

export * from './templates'
export * from './from-template'
export * from './copy'

export * from './dataset'
export * from './kupang-fkp'
export * from './large-seed'

export * from './dataset'
export * from './kupang-fkp'

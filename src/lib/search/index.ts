export * from './highlight'
export * from './query'
export * from './rank'

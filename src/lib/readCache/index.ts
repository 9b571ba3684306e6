export * from './etag'
export * from './generation'
export * from './request'
export * from './store'

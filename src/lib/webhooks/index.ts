/** Publish webhooks: the event, its signature, the URL checks and one delivery. No Payload here. */
export * from './event'
export * from './sign'
export * from './urls'
export * from './deliver'

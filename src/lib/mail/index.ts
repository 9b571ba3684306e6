/** Outgoing email: settings from the environment, Payload's adapter, and the workflow emails. */
export { emailAdapterFor, logLineFor, type LoggedEmailInfo } from './adapter'
export {
  escapeHtml,
  formatPublishAt,
  messages,
  notificationEmail,
  type CollectionLabel,
  type NotificationEmail,
  type NotificationInput,
  type NotificationKind,
} from './notifications'
export {
  DEFAULT_FROM_ADDRESS,
  DEFAULT_FROM_NAME,
  DEFAULT_SMTP_PORT,
  IMPLICIT_TLS_PORT,
  MailConfigError,
  mailSettingsFrom,
  type MailSettings,
  type SmtpSettings,
} from './settings'

/**
 * Renders nothing, for the workflow's parts the admin replaces with its own controls: the raw
 * `stage` select and its publish time (moved by the action buttons, kept in the API, in list
 * columns and filters), and Payload's Unpublish menu entry (the Unpublish action does that).
 */
export function NotInTheAdmin() {
  return null
}

import type { TextField, TextFieldSingleValidation } from 'payload'

/** An absolute http(s) URL, or empty. */
export const validateUrl: TextFieldSingleValidation = (value) => {
  if (!value) return true
  try {
    const url = new URL(value)
    if (url.protocol === 'http:' || url.protocol === 'https:') return true
  } catch {
    // fall through to the message
  }
  return 'Enter a full web address starting with https:// (or http://).'
}

/** A text field that only holds a web address. */
export function urlField(name: string, overrides: Partial<TextField> = {}): TextField {
  return { name, type: 'text', validate: validateUrl, maxLength: 500, ...overrides } as TextField
}

import { ValidationError } from 'payload'

/**
 * A 400 naming the field, from a message written as `field: what is wrong` (the form the
 * workflow's and comments' message tables use).
 */
export function fieldError(collection: string, message: string): ValidationError {
  const [path, ...rest] = message.split(': ')
  return new ValidationError({
    collection,
    errors: [{ path: path!, message: rest.join(': ') || message }],
  })
}

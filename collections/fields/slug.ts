import { slugField } from 'payload'
import type { FieldHook, RowField, TextField, TextFieldSingleValidation } from 'payload'

/** Lowercase words of letters and digits joined by single hyphens: `the-revival-in-the-hebrides`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Turns a title into a slug: accents dropped, punctuation removed, words joined by hyphens. */
export function slugify(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const slug = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug || undefined
}

const validateSlug: TextFieldSingleValidation = (value) => {
  if (!value) return 'A slug is required: give the document a title or type one.'
  if (!SLUG_PATTERN.test(value)) {
    return 'Use lowercase letters, digits and single hyphens between words, e.g. "madonna-and-child".'
  }
  return true
}

/**
 * Fills an empty slug from the source field. It runs before validation (Payload validates the
 * fields of a row concurrently with their beforeChange hooks, so generating it there races the
 * check). A slug typed by hand is kept as typed and must pass validation: we never rewrite a URL
 * someone chose.
 */
const fillEmptySlug =
  (useAsSlug: string): FieldHook =>
  ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    if (value === undefined && originalDoc?.slug) return originalDoc.slug as string
    return slugify(data?.[useAsSlug] ?? originalDoc?.[useAsSlug]) ?? value
  }

/**
 * Payload's slug field row (the admin's generate-from-title control, unique index) with our
 * slugify, generation before validation, and a strict format.
 */
export function slug(useAsSlug = 'title'): RowField {
  return slugField({
    useAsSlug,
    // Not required in the schema, so GraphQL and REST clients may leave it out and have it made
    // from the title; validateSlug still refuses a document that ends up without one.
    required: false,
    slugify: ({ valueToSlugify }) => slugify(valueToSlugify),
    overrides: (row) => {
      const [checkbox, slugText] = row.fields as [RowField['fields'][number], TextField]
      // The checkbox only drives the admin control now; generation lives on the slug itself.
      const control = { ...checkbox, hooks: {} } as typeof checkbox
      const text = {
        ...slugText,
        hasMany: false,
        validate: validateSlug,
        hooks: { ...slugText.hooks, beforeValidate: [fillEmptySlug(useAsSlug)] },
        admin: {
          ...slugText.admin,
          description:
            'The address of this page: lowercase words and hyphens, made from the title.',
        },
      } as TextField
      return { ...row, fields: [control, text] }
    },
  })
}

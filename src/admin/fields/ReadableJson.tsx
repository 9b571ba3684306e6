'use client'
/**
 * A read-only JSON value as indented text. Payload's JSON field loads its Monaco editor from a
 * public CDN, so offline (or behind a strict firewall) it stays a grey box; the values shown with
 * this component are written by the server and never edited by hand, so plain text serves better.
 */
import type { JSONFieldClientComponent } from 'payload'
import { FieldDescription, FieldLabel, useField } from '@payloadcms/ui'
import React from 'react'

export const ReadableJson: JSONFieldClientComponent = ({ field, path }) => {
  const { value } = useField<unknown>({ path: path ?? field.name })
  const text = value === undefined || value === null ? '—' : JSON.stringify(value, null, 2)
  const description = typeof field.admin?.description === 'string' ? field.admin.description : ''
  return (
    <div className="field-type json readable-json" data-readable-json={field.name}>
      <FieldLabel label={field.label} path={path} />
      <pre
        style={{
          whiteSpace: 'pre-wrap',
          wordBreak: 'break-word',
          maxHeight: '24rem',
          overflow: 'auto',
          padding: '0.75rem',
          background: 'var(--theme-elevation-50)',
          border: '1px solid var(--theme-elevation-150)',
          borderRadius: 'var(--style-radius-s)',
          fontSize: '0.8125rem',
        }}
      >
        {text}
      </pre>
      {description ? <FieldDescription description={description} path={path ?? ''} /> : null}
    </div>
  )
}

'use client'
/**
 * The one question an action needs answered before it is taken: the note of "Request changes",
 * the time of "Schedule". A native modal <dialog>: focus moves to its field and stays inside
 * until it closes (Escape or Cancel), and returns to the page afterwards. A missing or bad
 * answer is said next to the field, which is marked required; nothing is sent until it is right.
 * Rendered into <body>, outside the document's own form, and its submit stops there.
 */
import { Button } from '@payloadcms/ui'
import React, { useEffect, useId, useRef, useState } from 'react'
import { createPortal } from 'react-dom'

export interface Question {
  title: string
  /** The field's label; the field is always required. */
  label: string
  hint: string
  input: 'note' | 'time'
  initial: string
  /** The button that takes the action. */
  confirm: string
  /** What is wrong with the answer, or null when it will do. */
  check: (value: string) => string | null
}

const fieldStyle: React.CSSProperties = {
  width: '100%',
  font: 'inherit',
  padding: 'calc(var(--base) / 2)',
  border: '1px solid var(--theme-elevation-400)',
  borderRadius: 'var(--style-radius-s)',
  background: 'var(--theme-input-bg)',
  color: 'var(--theme-elevation-800)',
}

export function ActionDialog({
  question,
  onAnswer,
  onClose,
}: {
  question: Question
  /** Takes the action; resolves true when it was taken (the dialog then closes). */
  onAnswer: (value: string) => Promise<boolean>
  onClose: () => void
}) {
  const dialog = useRef<HTMLDialogElement>(null)
  const id = useId()
  const [value, setValue] = useState(question.initial)
  const [error, setError] = useState<string | null>(null)
  const [sending, setSending] = useState(false)

  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
  }, [])

  const send = async (event: React.FormEvent) => {
    // The dialog sits inside the document form's React tree: its submit must not save the page.
    event.preventDefault()
    event.stopPropagation()
    const problem = question.check(value)
    setError(problem)
    if (problem) {
      document.getElementById(`${id}-field`)?.focus()
      return
    }
    setSending(true)
    const taken = await onAnswer(value)
    setSending(false)
    if (taken) dialog.current?.close()
  }

  const field = {
    id: `${id}-field`,
    name: question.input === 'note' ? 'workflowNote' : 'publishAt',
    required: true,
    'aria-required': true,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': `${id}-hint${error ? ` ${id}-error` : ''}`,
    value,
    style: { ...fieldStyle, borderColor: error ? 'var(--theme-error-500)' : undefined },
  } as const

  return createPortal(
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-title`}
      data-workflow-dialog={question.input}
      onClose={onClose}
      style={{
        width: 'min(32rem, 90vw)',
        padding: 'calc(var(--base) * 1.5)',
        border: '1px solid var(--theme-elevation-150)',
        borderRadius: 'var(--style-radius-m)',
        background: 'var(--theme-bg)',
        color: 'var(--theme-text)',
      }}
    >
      <form noValidate onSubmit={(event) => void send(event)}>
        <h2 id={`${id}-title`} style={{ marginTop: 0 }}>
          {question.title}
        </h2>
        <label htmlFor={field.id} style={{ display: 'block', fontWeight: 600 }}>
          {question.label} <span style={{ color: 'var(--theme-error-500)' }}>(required)</span>
        </label>
        <p id={`${id}-hint`} style={{ margin: '0.25rem 0 0.5rem' }}>
          {question.hint}
        </p>
        {question.input === 'note' ? (
          <textarea
            {...field}
            autoFocus
            rows={5}
            maxLength={2000}
            onChange={(event) => setValue(event.target.value)}
          />
        ) : (
          <input
            {...field}
            autoFocus
            type="datetime-local"
            step={1}
            onChange={(event) => setValue(event.target.value)}
          />
        )}
        {error && (
          <p id={`${id}-error`} role="alert" style={{ color: 'var(--theme-error-500)' }}>
            {error}
          </p>
        )}
        <div style={{ display: 'flex', gap: 'var(--base)', marginTop: 'var(--base)' }}>
          <Button buttonStyle="primary" disabled={sending} margin={false} type="submit">
            {question.confirm}
          </Button>
          <Button
            buttonStyle="secondary"
            disabled={sending}
            margin={false}
            onClick={() => dialog.current?.close()}
            type="button"
          >
            Cancel
          </Button>
        </div>
      </form>
    </dialog>,
    document.body,
  )
}

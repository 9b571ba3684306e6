/**
 * A comment's verdict, read-only and in words, where Payload would show the stored JSON in a code
 * editor (which loads from the internet): for each rule that fired, its title, kind, action, what
 * it found ("matched "election", "vote"", "3 links, limit 2") and the message the commenter was
 * shown. A server component: it reads the document as the signed-in person may see it, so those
 * who may not read the verdict see nothing.
 */
import React from 'react'

import { firedRulesInWords, outcomeInWords } from './verdict'

const box: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-s)',
  padding: 'calc(var(--base) / 1.5)',
  marginBottom: 'var(--base)',
}

export function VerdictInWords({ data }: { data?: { verdict?: unknown } }) {
  const outcome = outcomeInWords(data?.verdict)
  if (!outcome) return null
  const fired = firedRulesInWords(data?.verdict)
  return (
    <div className="field-type" data-verdict style={{ marginBottom: 'var(--base)' }}>
      <span className="field-label">The policy&apos;s verdict</span>
      <p style={{ margin: '0 0 calc(var(--base) / 2)' }}>
        {outcome}{' '}
        {fired.length === 0
          ? 'No rule fired.'
          : `${fired.length === 1 ? 'One rule' : `${fired.length} rules`} fired:`}
      </p>
      {fired.map((rule, index) => (
        <div key={index} style={box} data-fired-rule={rule.title}>
          <p style={{ margin: 0 }}>
            <strong>{rule.title}</strong> — {rule.kind}: {rule.action.toLowerCase()}
          </p>
          {rule.detail && (
            <p style={{ margin: '0.25rem 0 0' }}>
              What it found: <span data-fired-detail>{rule.detail}</span>
            </p>
          )}
          {rule.message && (
            <p style={{ margin: '0.25rem 0 0' }}>
              The commenter was told: <q>{rule.message}</q>
            </p>
          )}
        </div>
      ))}
    </div>
  )
}

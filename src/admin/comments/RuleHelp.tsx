'use client'
/**
 * What a kind of rule does and an example, at the top of its block in the policy form: the help
 * an owner needs to fill in that kind's settings, and nothing about the others.
 */
import React from 'react'

import { KIND_HELP } from '../../lib/commentPolicy/labels'
import type { RuleKind } from '../../lib/commentPolicy/types'

export function RuleHelp({ kind }: { kind: RuleKind }) {
  const help = KIND_HELP[kind]
  if (!help) return null
  return (
    <div className="field-description" data-rule-help={kind} style={{ marginBottom: '1rem' }}>
      <p style={{ margin: 0 }}>{help.description}</p>
      <p style={{ margin: '0.25rem 0 0' }}>
        <strong>Example:</strong> {help.example}
      </p>
    </div>
  )
}

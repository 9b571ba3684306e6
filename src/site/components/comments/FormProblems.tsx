/** A refused form: what was wrong, each linked to its field, above the form shown again. */
import type { FieldProblem } from '../../forms/state'

export function FormProblems({
  problems,
  fieldIds,
  labels,
}: {
  problems: FieldProblem[]
  /** The id of the input that shows each API field. */
  fieldIds: Record<string, string>
  labels: Record<string, string>
}) {
  return (
    <div className="form-problems" role="alert" id="form-problems">
      <h3>Your {labels.formNoun ?? 'form'} was not sent</h3>
      <ul>
        {problems.map((problem, index) => {
          const id = problem.field ? fieldIds[problem.field] : undefined
          const label = problem.field ? (labels[problem.field] ?? problem.field) : undefined
          return (
            <li key={index}>
              {id ? <a href={`#${id}`}>{label}</a> : label ? <span>{label}</span> : null}
              {label ? ': ' : null}
              {problem.message}
            </li>
          )
        })}
      </ul>
    </div>
  )
}

/** The messages for one field, if any. */
export const problemsFor = (problems: FieldProblem[] | undefined, field: string) =>
  (problems ?? []).filter((problem) => problem.field === field)

import { useId, useState, type ReactNode } from 'react'
import type { FieldError } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { problemText } from './errors'

export interface ControlProps {
  id: string
  'aria-describedby': string | undefined
  'aria-invalid': true | undefined
}

interface FieldProps {
  label: string
  hint?: ReactNode
  /** A message key from the domain schema or a form (react-hook-form's FieldError). */
  error?: Pick<FieldError, 'message'> | undefined
  /** An error already put into words (useErrorText), for a control saved outside a form. */
  errorText?: ReactNode
  /** Receives the props to spread on the control, so label, hint and error are always wired. */
  children: (control: ControlProps) => ReactNode
  className?: string
}

/**
 * The one form control: label, control, hint and error wired together (label for the id, hint and
 * error through aria-describedby, aria-invalid), so screen readers announce the problem. The error
 * is a message key from the domain schema, or from a repository's ValidationError.
 */
export function Field({ label, hint, error, children, className, ...props }: FieldProps) {
  const id = useId()
  const { t, i18n } = useTranslation()
  const errorText = error
    ? problemText(
        t,
        i18n.language,
        { code: error.message || 'unknown' },
        { field: label, labelled: true },
      )
    : props.errorText
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = errorText ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  return (
    <div className={`field${errorText ? ' field--invalid' : ''} ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-describedby': describedBy,
        'aria-invalid': errorText ? true : undefined,
      })}
      {hint && (
        <small id={hintId} className="field__hint">
          {hint}
        </small>
      )}
      {errorText && (
        <small id={errorId} className="field__error" role="alert">
          {errorText}
        </small>
      )}
    </div>
  )
}

/** A list of short texts edited as lines of a textarea; blank lines are dropped, never the text. */
export function LinesInput(
  props: ControlProps & {
    value: string[]
    onChange: (lines: string[]) => void
    rows?: number
  },
) {
  const [text, setText] = useState(props.value.join('\n'))
  return (
    <textarea
      id={props.id}
      aria-describedby={props['aria-describedby']}
      aria-invalid={props['aria-invalid']}
      rows={props.rows ?? 3}
      value={text}
      onChange={(event) => {
        setText(event.target.value)
        props.onChange(
          event.target.value
            .split('\n')
            .map((line) => line.trim())
            .filter((line) => line.length > 0),
        )
      }}
    />
  )
}

import { useId, useState, type ReactNode } from 'react'
import type { FieldError } from 'react-hook-form'
import { useTranslation } from 'react-i18next'

/** The translated text of a field error: domain keys and zod keys share the `errors` dictionary. */
export function useErrorText(): (
  error: Pick<FieldError, 'message'> | undefined,
) => string | undefined {
  const { t } = useTranslation()
  return (error) => {
    if (!error) return undefined
    const key = error.message || 'unknown'
    return t(`errors.${key}`, { defaultValue: t('errors.unknown') })
  }
}

export interface ControlProps {
  id: string
  'aria-describedby': string | undefined
  'aria-invalid': true | undefined
}

interface FieldProps {
  label: string
  hint?: string
  error?: Pick<FieldError, 'message'>
  /** Receives the props to spread on the control, so label, hint and error are always wired. */
  children: (control: ControlProps) => ReactNode
  className?: string
}

/** Label, control, hint and error wired together so screen readers announce the problem. */
export function Field({ label, hint, error, children, className }: FieldProps) {
  const id = useId()
  const errorText = useErrorText()(error)
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

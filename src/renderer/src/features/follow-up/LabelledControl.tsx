import { useId, type ReactNode } from 'react'

/** A label tied to its control by id, so the control's name is the label alone. */
export function LabelledControl(props: {
  label: string
  className?: string
  children: (id: string) => ReactNode
}) {
  const id = useId()
  return (
    <div className={props.className ?? 'labelled'}>
      <label htmlFor={id}>{props.label}</label>
      {props.children(id)}
    </div>
  )
}

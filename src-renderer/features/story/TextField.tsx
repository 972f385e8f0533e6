import { useId } from 'react'

/** A labelled text input or auto-growing textarea. `dir` follows the story's language. */
export function TextField(props: {
  label: string
  value: string
  onChange: (value: string) => void
  onBlur?: () => void
  multiline?: boolean
  className?: string
  dir?: 'ltr' | 'rtl' | 'auto'
  placeholder?: string
  hint?: string
  readOnly?: boolean
}) {
  const id = useId()
  const common = {
    id,
    value: props.value,
    dir: props.dir ?? 'auto',
    placeholder: props.placeholder,
    readOnly: props.readOnly,
    onChange: (event: { target: { value: string } }) => props.onChange(event.target.value),
    onBlur: props.onBlur,
    'aria-describedby': props.hint ? `${id}-hint` : undefined,
  }
  return (
    <div className={`field ${props.className ?? ''}`}>
      <label htmlFor={id}>{props.label}</label>
      {props.multiline ? <textarea rows={1} {...common} /> : <input {...common} />}
      {props.hint && (
        <span id={`${id}-hint`} className="field-hint">
          {props.hint}
        </span>
      )}
    </div>
  )
}

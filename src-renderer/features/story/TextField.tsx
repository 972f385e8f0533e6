import { useId, useLayoutEffect, useRef, type ChangeEvent } from 'react'
import { smartenBeforeCaret } from '../../../src-shared/text/smartPunctuation'

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
  /** The contract's limit for the field, in characters: the field stops there instead of the save failing. */
  maxLength?: number
  /** One line even when shown as a textarea (a headline wraps but has no line breaks). */
  singleLine?: boolean
  /** Curly quotes, dashes and ellipses as typed, as in the body (headline, standfirst). */
  smartPunctuation?: boolean
}) {
  const id = useId()
  const element = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null)
  // Where the caret goes once React has put a smartened value in the field (it puts the caret
  // at the end). In the commit itself, not a frame later: keys typed within one frame would
  // land where the caret was put back to, scrambling the text.
  const caretAfterRender = useRef<number | null>(null)
  useLayoutEffect(() => {
    const caret = caretAfterRender.current
    if (caret === null || !element.current) return
    caretAfterRender.current = null
    element.current.setSelectionRange(caret, caret)
  })
  const common = {
    id,
    ref: (node: HTMLInputElement | HTMLTextAreaElement | null) => void (element.current = node),
    value: props.value,
    dir: props.dir ?? 'auto',
    placeholder: props.placeholder,
    readOnly: props.readOnly,
    maxLength: props.maxLength,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const field = event.target
      let value = props.singleLine ? field.value.replace(/[\r\n]+/g, ' ') : field.value
      const caret = field.selectionStart ?? value.length
      if (props.smartPunctuation && (event.nativeEvent as InputEvent).inputType === 'insertText') {
        const before = smartenBeforeCaret(value.slice(0, caret))
        if (before !== value.slice(0, caret)) {
          value = before + value.slice(caret)
          // The caret stays after what was typed, though the text before it changed length.
          caretAfterRender.current = before.length
        }
      }
      props.onChange(value)
    },
    onKeyDown: props.singleLine ? (event: { key: string; preventDefault: () => void }) => event.key === 'Enter' && event.preventDefault() : undefined,
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

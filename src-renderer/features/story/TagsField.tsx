import { useEffect, useState } from 'react'
import { TextField } from './TextField'

/** Tags typed as a comma-separated line; what is typed stays as typed until the field is left. */
export function TagsField({ tags, onChange, onBlur }: { tags: string[]; onChange: (tags: string[]) => void; onBlur: () => void }) {
  const [text, setText] = useState(tags.join(', '))
  const joined = tags.join(', ')
  // A restore or reload brings other tags: show them, unless the person is mid-typing the same list.
  useEffect(() => setText((current) => (parse(current).join(', ') === joined ? current : joined)), [joined])
  return (
    <TextField
      label="Tags"
      value={text}
      hint="Separated by commas; each at most 60 characters."
      onChange={(value) => {
        setText(value)
        onChange(parse(value))
      }}
      onBlur={() => {
        setText(parse(text).join(', '))
        onBlur()
      }}
    />
  )
}

function parse(text: string): string[] {
  return [...new Set(text.split(',').map((tag) => tag.trim().slice(0, 60)).filter(Boolean))].slice(0, 30)
}

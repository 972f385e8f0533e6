/** A search snippet with its matches highlighted; the text is never parsed as HTML (matches sit between U+0001 and U+0002). */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(/(\u0001[^\u0002]*\u0002)/u)
  return (
    <span className="snippet" dir="auto">
      {parts.map((part, index) => (part.startsWith('\u0001') ? <mark key={index}>{part.slice(1, -1)}</mark> : <span key={index}>{part}</span>))}
    </span>
  )
}

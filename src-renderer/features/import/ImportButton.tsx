import { FileInput } from 'lucide-react'

/** "Import…" in the Stories view header: opens the import form. */
export function ImportButton({ onClick }: { onClick: () => void }) {
  return (
    <button type="button" className="button import-button" onClick={onClick}>
      <FileInput size={16} aria-hidden="true" /> Import…
    </button>
  )
}

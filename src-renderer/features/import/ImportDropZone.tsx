import { FileDown } from 'lucide-react'
import { useEffect, useRef, useState } from 'react'
import { importFile } from './importFile'
import './importReport.css'

/** Where a dropped file belongs to someone else: the story text and its picture drops, form fields, file pickers. */
const OWN_DROP_TARGETS = '.ProseMirror, input, textarea, select, [contenteditable="true"]'

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files')
}

function ownedElsewhere(event: DragEvent): boolean {
  return event.defaultPrevented || (event.target instanceof Element && event.target.closest(OWN_DROP_TARGETS) !== null)
}

/**
 * Drag-and-drop import: a file dropped anywhere on the window (except into the story text or a
 * form field, which take their own drops) is imported as a new draft, which then opens. While a
 * file is dragged over the window, an overlay says what dropping will do.
 */
export function ImportDropZone({ onImported }: { onImported: (storyId: string) => void }) {
  const [over, setOver] = useState(false)
  const [status, setStatus] = useState<{ kind: 'busy' | 'error'; text: string } | null>(null)
  const depth = useRef(0)
  const opened = useRef(onImported)
  opened.current = onImported

  useEffect(() => {
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      depth.current++
      setOver(!ownedElsewhere(event))
    }
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      depth.current = Math.max(0, depth.current - 1)
      if (depth.current === 0) setOver(false)
    }
    const dragOver = (event: DragEvent) => {
      if (!carriesFiles(event) || ownedElsewhere(event)) return setOver(false)
      // Accepting the drag here stops the browser from opening the file in place of the app.
      event.preventDefault()
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'
      setOver(true)
    }
    const drop = async (event: DragEvent) => {
      depth.current = 0
      setOver(false)
      const file = event.dataTransfer?.files[0]
      if (!file || ownedElsewhere(event)) return
      event.preventDefault()
      setStatus({ kind: 'busy', text: `Importing ${file.name}…` })
      const result = await importFile(file)
      if (!result.ok) return setStatus({ kind: 'error', text: result.error.message })
      setStatus(null)
      opened.current(result.value.story.id)
    }
    const onDrop = (event: DragEvent) => void drop(event)
    window.addEventListener('dragenter', enter)
    window.addEventListener('dragleave', leave)
    window.addEventListener('dragover', dragOver)
    window.addEventListener('drop', onDrop)
    return () => {
      window.removeEventListener('dragenter', enter)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('dragover', dragOver)
      window.removeEventListener('drop', onDrop)
    }
  }, [])

  return (
    <>
      {over && (
        <div className="import-drop" aria-hidden="true">
          <FileDown size={28} />
          <span>Drop the file to import it as a new draft</span>
        </div>
      )}
      {status && (
        <div className={`import-toast ${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
          <span>{status.text}</span>
          {status.kind === 'error' && (
            <button type="button" className="link-button" onClick={() => setStatus(null)}>
              Close
            </button>
          )}
        </div>
      )}
    </>
  )
}

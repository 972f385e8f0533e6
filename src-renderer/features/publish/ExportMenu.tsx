import { FileDown } from 'lucide-react'
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { EXPORT_FORMATS, type ExportFormat } from '../../../src-shared/domain/exportFormat'
import { newsdesk } from '../../api/newsdesk'
import { downloadFile } from './downloadFile'

const FORMAT_LABEL: Record<ExportFormat, string> = {
  ninjs: 'ninjs JSON',
  html: 'HTML',
  markdown: 'Markdown',
  text: 'Plain text',
}

/**
 * "Export to file…": a small menu of the export formats (src-main/export/). The story's
 * unsaved text is saved first, then the main process writes the file's content and the page
 * downloads it. Arrow keys move through the menu, Escape closes it and returns focus.
 */
export function ExportMenu({ storyId, beforeExport }: { storyId: string; beforeExport: () => Promise<unknown> }) {
  const [open, setOpen] = useState(false)
  const [error, setError] = useState('')
  const menuId = useId()
  const button = useRef<HTMLButtonElement>(null)
  const menu = useRef<HTMLUListElement>(null)

  useEffect(() => {
    if (!open) return
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus()
    const onPointer = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node) && !button.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointer)
    return () => document.removeEventListener('pointerdown', onPointer)
  }, [open])

  async function exportAs(format: ExportFormat) {
    setOpen(false)
    button.current?.focus()
    await beforeExport()
    const result = await newsdesk!.publish.export({ storyId, format })
    if (!result.ok) return setError(result.error.message)
    setError('')
    downloadFile(result.value)
  }

  function onMenuKey(event: KeyboardEvent<HTMLUListElement>) {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])]
    const at = items.indexOf(document.activeElement as HTMLElement)
    const go = (index: number) => items[(index + items.length) % items.length]?.focus()
    if (event.key === 'ArrowDown') go(at + 1)
    else if (event.key === 'ArrowUp') go(at - 1)
    else if (event.key === 'Home') go(0)
    else if (event.key === 'End') go(items.length - 1)
    else if (event.key === 'Escape') {
      setOpen(false)
      button.current?.focus()
    } else if (event.key === 'Tab') setOpen(false)
    else return
    if (event.key !== 'Tab') event.preventDefault()
  }

  return (
    <div className="export-menu">
      <button
        ref={button}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => event.key === 'ArrowDown' && (event.preventDefault(), setOpen(true))}
        aria-label="Export to file…"
        title="Export to file…"
      >
        <FileDown size={16} aria-hidden="true" /> Export…
      </button>
      {open && (
        <ul ref={menu} id={menuId} className="menu" role="menu" aria-label="Export to file" onKeyDown={onMenuKey}>
          {EXPORT_FORMATS.map((format) => (
            <li key={format} role="none">
              <button type="button" role="menuitem" tabIndex={-1} onClick={() => void exportAs(format)}>
                {FORMAT_LABEL[format]}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <span className="save-error" role="alert">
          {error}
        </span>
      )}
    </div>
  )
}

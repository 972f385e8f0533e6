import { AlertTriangle, Check, Loader2 } from 'lucide-react'
import type { SaveState } from './saveState'

const TIME = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false })

/** "Saving…" (changes on their way), "Saved 13:23:05" (only once SQLite committed), or what went wrong. */
export function SaveStatus({ state, onReload }: { state: SaveState; onReload: () => void }) {
  switch (state.kind) {
    case 'saving':
      return (
        <span className="save-status" role="status" data-testid="save-status">
          <Loader2 size={14} aria-hidden="true" className="spin" /> Saving…
        </span>
      )
    case 'saved':
      return (
        <span className="save-status" role="status" data-testid="save-status">
          <Check size={14} aria-hidden="true" /> Saved {TIME.format(state.at)}
        </span>
      )
    case 'dirty':
      // The autosave follows within half a second, and keeps following while the person types.
      // No spinner: an animation would repaint beside every key.
      return (
        <span className="save-status" role="status" data-testid="save-status">
          Saving…
        </span>
      )
    case 'conflict':
      return (
        <div className="conflict-banner" role="alert" data-testid="save-status">
          <AlertTriangle size={16} aria-hidden="true" />
          <span>{state.message}</span>
          <button type="button" className="button" onClick={onReload}>
            Open the latest version
          </button>
        </div>
      )
    case 'error':
      return (
        <span className="save-status save-error" role="alert" data-testid="save-status">
          <AlertTriangle size={14} aria-hidden="true" /> Not saved: {state.message}
        </span>
      )
    default:
      return null
  }
}

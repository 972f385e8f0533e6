import { AlertOctagon, AlertTriangle, CheckCircle2 } from 'lucide-react'
import type { CheckFinding } from '../../../src-shared/checks/copyChecks'

/** The copy-desk findings for the story as it is now; "Show" selects the text it is about. */
export function ChecksPanel({ findings, onShow }: { findings: CheckFinding[]; onShow: (excerpt: string) => void }) {
  if (findings.length === 0) {
    return (
      <p className="checks-clear" role="status">
        <CheckCircle2 size={16} aria-hidden="true" /> No findings.
      </p>
    )
  }
  return (
    <ul className="check-list" aria-label="Checks">
      {findings.map((finding, index) => (
        <li key={`${finding.check}-${index}`} className={finding.blocking ? 'check blocking' : 'check'}>
          {finding.blocking ? <AlertOctagon size={16} aria-hidden="true" /> : <AlertTriangle size={16} aria-hidden="true" />}
          <span>
            {finding.blocking && <strong>Blocks “ready”: </strong>}
            {finding.message}
          </span>
          {finding.excerpt && (
            <button type="button" className="link-button" onClick={() => onShow(finding.excerpt!)}>
              Show
            </button>
          )}
        </li>
      ))}
    </ul>
  )
}

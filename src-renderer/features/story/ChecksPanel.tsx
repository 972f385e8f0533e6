import { AlertOctagon, AlertTriangle, CheckCircle2 } from 'lucide-react'
import type { CheckFinding } from '../../../src-shared/checks/copyChecks'
import { SpellingList } from './SpellingList'
import type { Spelling } from './useSpelling'

/** The copy-desk findings for the story as it is now, then its spelling; "Show" selects the text it is about. */
export function ChecksPanel({ findings, spelling, onShow }: { findings: CheckFinding[]; spelling: Spelling; onShow: (excerpt: string) => void }) {
  return (
    <>
      <CopyFindings findings={findings} onShow={onShow} />
      <SpellingList spelling={spelling} onShow={onShow} />
    </>
  )
}

function CopyFindings({ findings, onShow }: { findings: CheckFinding[]; onShow: (excerpt: string) => void }) {
  if (findings.length === 0) {
    return (
      <p className="checks-clear" role="status">
        <CheckCircle2 size={16} aria-hidden="true" /> No copy-desk findings.
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

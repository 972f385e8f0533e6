import { useCallback, useEffect, useState, type ReactNode } from 'react'
import { flushSync } from 'react-dom'
import type { ImportReport } from '../../../src-shared/domain/importReport'
import { newsdesk } from '../../api/newsdesk'
import { ImportReportPanel } from './ImportReportPanel'
import './importReport.css'

/**
 * The story screen of a freshly imported draft, with its import report above it. Adding the lead
 * picture from the report changes the stored story, so the screen is closed first (it saves what
 * was typed), the picture is added, and the screen opens again on the new version.
 * `children(generation)` renders the story screen; a new generation is a fresh screen.
 */
export function ImportedStoryFrame({ storyId, children }: { storyId: string; children: (generation: number) => ReactNode }) {
  const [report, setReport] = useState<ImportReport | null>(null)
  const [generation, setGeneration] = useState(0)
  const [attaching, setAttaching] = useState(false)

  useEffect(() => {
    let live = true
    void newsdesk!.import.report({ storyId }).then((result) => live && setReport(result.ok ? result.value : null))
    return () => {
      live = false
    }
  }, [storyId])

  const attachLead = useCallback(
    async (file: File) => {
      // Close the screen now (its unmount sends its last save), then let that save go first.
      flushSync(() => setAttaching(true))
      await new Promise((resolve) => setTimeout(resolve, 50))
      const bytes = new Uint8Array(await file.arrayBuffer())
      const result = await newsdesk!.import.attachLead({ storyId, picture: { name: file.name.slice(0, 255), bytes } })
      if (result.ok) setReport(result.value.report)
      setAttaching(false)
      setGeneration((n) => n + 1)
      return result.ok ? '' : result.error.message
    },
    [storyId],
  )

  const dismiss = useCallback(() => {
    setReport(null)
    void newsdesk!.import.dismiss({ storyId })
  }, [storyId])

  // The same elements with or without a report, so the story screen is not remounted when the report arrives.
  return (
    <div className="imported-story">
      {report && <ImportReportPanel report={report} onAttachLead={attachLead} onDismiss={dismiss} />}
      <div className="imported-story-screen">{attaching ? <p className="muted imported-story-wait">Adding the lead picture…</p> : children(generation)}</div>
    </div>
  )
}

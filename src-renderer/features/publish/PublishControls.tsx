import { Globe, Send, Undo2 } from 'lucide-react'
import { useEffect, useRef, useState } from 'react'
import type { Person } from '../../../src-shared/domain/person'
import { publishActionsFrom, type PublishAction, type PublishTarget } from '../../../src-shared/domain/publishing'
import type { SavedStory, StoryDetail } from '../../../src-shared/domain/storyDraft'
import { newsdesk } from '../../api/newsdesk'
import { safeRemoteUrl } from '../outbox/jobWords'
import { ExportMenu } from './ExportMenu'
import { JobNote } from './JobNote'
import { PublishQuestion } from './PublishQuestion'
import { usePublishing } from './usePublishing'
import { useTrackedJob } from './useTrackedJob'

type Asking = { action: PublishAction; label: string; targets: PublishTarget[] }

/**
 * The story bar's publishing controls. A publisher (or admin) gets the actions PUBLISH_ACTIONS
 * offers from the story's state: Publish, Publish correction, Unpublish. Several sites: it asks
 * which; unpublishing always asks to confirm. The job goes to the outbox ("Queued for …") and is
 * followed until the site has it; then the story is read again (its state changes on delivery).
 * Blocking checks are not run again: passing to ready did that. "Export to file…" is for everyone.
 */
export function PublishControls(props: {
  story: SavedStory
  person: Person
  /**
   * Runs a send with the story saved and autosaves waiting (`StoryDraft.whileSettled`): the
   * outbox freezes the story as it is when queued.
   */
  whileSettled: <T>(work: (version: number) => Promise<T>) => Promise<T>
  /** Saves the story before an export reads it. */
  beforeExport: () => Promise<number>
  /** The story's state and version changed on the site's answer (not its text). */
  onStoryChanged: (story: StoryDetail) => void
}) {
  const { story, person, whileSettled, beforeExport, onStoryChanged } = props
  const { targets, publications, loadPublications, loadTargets } = usePublishing(story.id)
  const [asking, setAsking] = useState<Asking | null>(null)
  const asked = useRef<PublishAction | null>(null)
  const buttons = useRef<HTMLDivElement>(null)
  const [error, setError] = useState('')
  const [notice, setNotice] = useState('')
  const publisher = person.roles.includes('publisher') || person.roles.includes('admin')
  const actions = publisher ? publishActionsFrom(story.state) : []


  const [job, setJob] = useTrackedJob(async (settled) => {
    await loadPublications()
    // Once the site has it, the state badge and the "live on" link say so; the note would only repeat it.
    if (settled.state === 'sent') setJob(null)
    await whileSettled(async () => {
      const result = await newsdesk!.stories.get({ id: story.id })
      if (result.ok) onStoryChanged(result.value)
    })
  })


  async function start(action: PublishAction, label: string) {
    setError('')
    setNotice('')
    // A click right after the story opens can come before the sites are known: ask, don't say "no site".
    const known = targets ?? (await loadTargets())
    // Corrections and unpublishing go to the sites that have the story; a first publish to any.
    const onSite = known.filter((target) => publications.some((p) => p.targetId === target.id && !p.canceled))
    const candidates = action === 'publish' || onSite.length === 0 ? known : onSite
    if (candidates.length === 0) return setError('No site to publish to: add a target in Settings › Publishing.')
    // Always asked, even with one site: a story goes live to readers, and a stray click cannot take that back.
    asked.current = action
    setAsking({ action, label, targets: candidates })
  }

  async function send(action: PublishAction, target: PublishTarget) {
    const result = await whileSettled(() => newsdesk!.publish.send({ storyId: story.id, targetId: target.id, action }))
    if (!result.ok) return setError(result.error.message)
    setAsking(null)
    // One job per version: asking again for what the site already has returns that job, sent.
    if (result.value.state === 'sent') return setNotice(`${target.name} already has this version (${result.value.version}). Change the story to send a correction.`)
    setJob(result.value)
  }

  // The question replaces the buttons; when it closes, focus goes back to the button that asked.
  useEffect(() => {
    if (asking || !asked.current) return
    buttons.current?.querySelector<HTMLElement>(`[data-action="${asked.current}"]`)?.focus()
    asked.current = null
  }, [asking])

  const live = publications.filter((p) => !p.canceled)
  return (
    <div className="publish-controls" role="group" aria-label="Publishing">
      {asking ? (
        <PublishQuestion {...asking} onAnswer={(target) => void send(asking.action, target)} onCancel={() => setAsking(null)} />
      ) : (
        actions.length > 0 && (
          <div className="publish-actions" ref={buttons}>
            {actions.map((entry) => (
              <button key={entry.action} type="button" data-action={entry.action} className={entry.action === 'publish' ? 'button primary' : 'button'} onClick={() => void start(entry.action, entry.label)}>
                {entry.action === 'unpublish' ? <Undo2 size={16} aria-hidden="true" /> : <Send size={16} aria-hidden="true" />} {entry.label}
              </button>
            ))}
          </div>
        )
      )}
      <ExportMenu storyId={story.id} beforeExport={beforeExport} />
      {job && <JobNote job={job} />}
      {!job && live.length > 0 && (
        <span className="publications" data-testid="publications">
          <Globe size={14} aria-hidden="true" />
          <span className="visually-hidden">Live on </span>
          {live.map((p, index) => {
            const name = targets?.find((target) => target.id === p.targetId)?.name ?? 'a site'
            const url = safeRemoteUrl(p.remoteUrl)
            return (
              <span key={p.targetId} title={`Live on ${name}, version ${p.version}${url ? `: ${url}` : ''}`}>
                {index > 0 && ', '}
                {url ? (
                  <a href={url} target="_blank" rel="noreferrer">
                    {name}
                  </a>
                ) : (
                  name
                )}
              </span>
            )
          })}
        </span>
      )}
      {notice && (
        <span className="job-note" role="status">
          {notice}
        </span>
      )}
      {error && (
        <span className="save-error" role="alert">
          {error}
        </span>
      )}
    </div>
  )
}

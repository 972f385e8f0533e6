import type { Person } from '../../src-shared/domain/person'
import type { StoryState } from '../../src-shared/domain/story'
import type { StoryDetail } from '../../src-shared/domain/storyDraft'
import { TRANSITIONS } from '../../src-shared/domain/workflow'
import type { Credit } from '../../src-shared/domain/credit'
import type { ServiceContext } from '../app/serviceContext'
import { ServiceError } from '../app/serviceError'
import type { Store } from '../db/store'
import { runCopyChecks } from '../../src-shared/checks/copyChecks'
import { openCommentCounts, toFields, toStoryDetail } from '../stories/storyRow'

/** A move: the story, where to, why (required for a return), and the version the person saw. */
export interface MoveRequest {
  id: string
  to: StoryState
  note: string
  /** The written reason to pass to ready despite blocking checks (recorded with the move). */
  override?: string
  baseVersion: number
}

/**
 * Moves a story between desk states by the table in src-shared/domain/workflow.ts, in one
 * transaction: the rules (role, own story, note, headline) are checked here, in the main
 * process, whatever the UI offered; the move is recorded with who, when and why; `version`
 * goes up; and the latest autosave revision is kept as a checkpoint, so the text as it was
 * before a state change is never merged away.
 * @throws ServiceError `forbidden` (no such move, or not this person's to make),
 *   `invalid_input` (note or headline missing), `conflict` (stale version), `not_found`.
 */
export function moveStory(store: Store, context: ServiceContext, person: Person | null, request: MoveRequest): StoryDetail {
  const { query } = store
  if (!person) throw new ServiceError('forbidden', 'Choose who you are (first start) before moving stories.')
  const now = context.now().toISOString()
  return store.transaction(() => {
    const row = store.first(query.selectFrom('stories').selectAll().where('id', '=', request.id).where('deleted_at', 'is', null))
    if (!row) throw new ServiceError('not_found', 'That story does not exist, or it was deleted.')
    if (row.version !== request.baseVersion) {
      throw new ServiceError('conflict', `This story changed (now version ${row.version}) since you opened version ${request.baseVersion}. Open the latest version, then try again.`)
    }
    const from = row.state as StoryState
    const transition = TRANSITIONS.find((t) => t.from === from && t.to === request.to)
    if (!transition) throw new ServiceError('forbidden', `A story cannot go from ${from} to ${request.to}.`)
    if (!person.roles.includes(transition.role) && !person.roles.includes('admin')) {
      throw new ServiceError('forbidden', `“${transition.action}” is for ${transition.role}s, and ${person.name} is not one.`)
    }
    if (transition.own && !isOwnStory(person.id, row.assignee_id, JSON.parse(row.credits_json) as Credit[])) {
      throw new ServiceError('forbidden', `Only the story’s own reporter can ${transition.action.toLowerCase()} it.`)
    }
    if (transition.note && !request.note.trim()) throw new ServiceError('invalid_input', 'Say why: a return needs a note for the reporter.')
    if (transition.needsHeadline && !row.headline.trim()) throw new ServiceError('invalid_input', 'A story needs a headline before it leaves draft.')

    const note = withOverride(request, blockingChecks(row, request.to))

    keepLatestRevision(store, request.id)
    store.run(query.updateTable('stories').set({ state: request.to, version: row.version + 1, updated_at: now, updated_by: person.id }).where('id', '=', request.id))
    store.run(
      query.insertInto('story_moves').values({
        id: context.newId(),
        story_id: request.id,
        from_state: from,
        to_state: request.to,
        note,
        created_at: now,
        created_by: person.id,
        updated_at: now,
        updated_by: person.id,
      }),
    )
    return toStoryDetail(store.first(query.selectFrom('stories').selectAll().where('id', '=', request.id))!, openCommentCounts(store, [request.id]).get(request.id))
  })
}

/** The blocking copy-desk findings that stand between a story and `to` (only "ready" is guarded). */
function blockingChecks(row: Parameters<typeof toFields>[0], to: StoryState): string[] {
  if (to !== 'ready') return []
  return runCopyChecks({ fields: toFields(row), text: row.body_text, words: row.word_count })
    .filter((finding) => finding.blocking)
    .map((finding) => finding.message)
}

/**
 * The note recorded with the move. Blocking findings refuse the move unless an override
 * reason is given; then the reason and what it overrode are recorded.
 * @throws ServiceError `invalid_input` listing the blocking findings.
 */
function withOverride(request: MoveRequest, blocking: string[]): string {
  const note = request.note.trim()
  if (blocking.length === 0) return note
  const reason = request.override?.trim() ?? ''
  if (!reason) throw new ServiceError('invalid_input', `Blocking checks: ${blocking.join(' ')} Fix them, or override with a written reason.`)
  return [note, `Override (${blocking.join(' ')}): ${reason}`].filter(Boolean).join('\n')
}

/** A reporter's own story: assigned to them, or crediting them. */
function isOwnStory(personId: string, assigneeId: string | null, credits: Credit[]): boolean {
  return assigneeId === personId || credits.some((credit) => credit.personId === personId)
}

/** The newest autosave revision becomes a checkpoint, so later autosaves start a new one. */
function keepLatestRevision(store: Store, storyId: string): void {
  const latest = store.first(
    store.query.selectFrom('story_revisions').select(['id', 'kind']).where('story_id', '=', storyId).where('deleted_at', 'is', null).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(1),
  )
  if (latest?.kind === 'save') store.run(store.query.updateTable('story_revisions').set({ kind: 'checkpoint' }).where('id', '=', latest.id))
}

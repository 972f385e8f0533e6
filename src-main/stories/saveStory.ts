import { slugIsFixed, StoryState } from '../../src-shared/domain/story'
import type { StoryDetail, StoryFields } from '../../src-shared/domain/storyDraft'
import { directionOf } from '../../src-shared/text/direction'
import { slugify, uniqueSlug } from '../../src-shared/text/slugify'
import type { ServiceContext } from '../app/serviceContext'
import { ServiceError } from '../app/serviceError'
import type { Store } from '../db/store'
import { prepareBody, type PreparedBody } from './storyBody'
import { indexStory } from '../search/indexStory'
import { keepRevision } from './keepRevision'
import { checkReferences, recordPictureUses } from './storyReferences'
import { renderByline } from '../../src-shared/text/byline'
import { openCommentCounts, toStoryDetail } from './storyRow'

/** A save: the story, the version the editor started from, and every field as it is now. */
export interface SaveRequest {
  id: string
  baseVersion: number
  fields: StoryFields
  /** A save the person asked for (Ctrl+S): kept as its own revision, never merged. */
  checkpoint?: boolean
}

/**
 * Saves every field of a story in one transaction: the body is checked and its HTML, text
 * and counts derived; the slug follows the headline until the person edits it, and is made
 * unique; once the story has been published it stays as it is (`slugIsFixed`); `version` goes up by one; the save is kept as a revision (`kind`).
 *
 * A save from an older version is refused, never merged: the refused text is kept as a
 * `conflict` revision (committed), then `conflict` is thrown, so neither text is lost.
 * A save while someone else holds the story's edit lock (an editor took it over) is refused
 * the same way, as `forbidden`.
 * @throws ServiceError `not_found`, `conflict`, `forbidden`, or `invalid_input` (a body off the schema).
 */
export function saveStory(store: Store, context: ServiceContext, request: SaveRequest, restore = false): StoryDetail {
  return writeStory(store, context, request, restore, (id) => {
    const row = store.first(store.query.selectFrom('stories').selectAll().where('id', '=', id))
    if (!row) throw new Error(`story ${id} vanished inside its own save`)
    return toStoryDetail(row, openCommentCounts(store, [id]).get(id))
  })
}

/**
 * Who holds a live edit lock on the story other than `actor` (their name, or their id when
 * they are not in the directory), or null. An editor's take-over moves the lock at once, but the
 * holder's screen learns of it only at its next heartbeat (LOCK_HEARTBEAT_MS): until then its
 * autosaves must not land on the story the editor now has.
 */
function otherLockHolder(store: Store, storyId: string, actor: string, now: string): string | null {
  const lock = store.first(
    store.query.selectFrom('story_locks as l').leftJoin('people', 'people.id', 'l.holder_id').select(['l.holder_id', 'l.expires_at', 'people.name']).where('l.story_id', '=', storyId),
  )
  if (!lock || lock.holder_id === actor || lock.expires_at <= now) return null
  return lock.name ?? lock.holder_id
}

/**
 * `saveStory` with the answer read by `answer` (given the story id and the body as stored,
 * inside the save's transaction, after the write): the whole story, or less of it
 * (`saveStoryChanges`).
 */
export function writeStory<T>(store: Store, context: ServiceContext, request: SaveRequest, restore: boolean, answer: (id: string, body: PreparedBody) => T): T {
  const kind = restore ? 'restore' : request.checkpoint ? 'checkpoint' : 'save'
  const { query } = store
  const { fields } = request
  const body = prepareBody(fields.body, directionOf(fields.language))
  const saved: StoryFields = { ...fields, body: body.json }
  const now = context.now().toISOString()
  const actor = context.actor()

  const outcome = store.transaction(() => {
    const current = store.first(query.selectFrom('stories').select(['version', 'state', 'slug', 'slug_locked']).where('id', '=', request.id).where('deleted_at', 'is', null))
    if (!current) throw new ServiceError('not_found', 'That story does not exist, or it was deleted.')
    const holder = otherLockHolder(store, request.id, actor, now)
    if (current.version !== request.baseVersion || holder) {
      keepRevision(store, context, { storyId: request.id, storyVersion: request.baseVersion, kind: 'conflict', fields: saved, bodyHtml: body.html, words: body.words, now, actor })
      return { story: undefined, conflictWith: current.version, holder }
    }

    checkReferences(store, fields, body.pictureIds)
    recordPictureUses(store, request.id, fields.lead?.pictureId ?? null, body.pictureIds)
    const fixed = slugIsFixed(StoryState.parse(current.state))
    const base = fields.slugLocked && fields.slug ? slugify(fields.slug) : slugify(fields.headline)
    const slug = fixed
      ? current.slug
      : uniqueSlug(base, (candidate) =>
          Boolean(store.first(query.selectFrom('stories').select('id').where('slug', '=', candidate).where('id', '!=', request.id).where('deleted_at', 'is', null))),
        )
    store.run(
      query
        .updateTable('stories')
        .set({
          headline: fields.headline,
          standfirst: fields.standfirst,
          slug,
          slug_locked: fixed ? current.slug_locked : fields.slugLocked ? 1 : 0,
          section: fields.section,
          tags: JSON.stringify(fields.tags),
          language: fields.language,
          dateline_place: fields.datelinePlace,
          dateline_at: fields.datelineAt,
          dateline_zone: fields.datelineZone,
          deadline_at: fields.deadlineAt,
          word_target: fields.wordTarget,
          ednote: fields.ednote,
          body_json: JSON.stringify(body.json),
          body_html: body.html,
          body_text: body.text,
          word_count: body.words,
          char_count: body.characters,
          credits_json: JSON.stringify(fields.credits),
          byline: renderByline(fields.credits),
          assignee_id: fields.assigneeId,
          lead_picture_id: fields.lead?.pictureId ?? null,
          lead_caption: fields.lead?.caption ?? '',
          lead_alt: fields.lead?.alt ?? '',
          lead_credit: fields.lead?.credit ?? '',
          version: request.baseVersion + 1,
          updated_at: now,
          updated_by: actor,
        })
        .where('id', '=', request.id)
        .where('version', '=', request.baseVersion),
    )
    indexStory(store, {
      id: request.id,
      headline: fields.headline,
      standfirst: fields.standfirst,
      bodyText: body.text,
      credits: fields.credits,
      captions: [fields.lead?.caption ?? '', ...body.captions].filter(Boolean),
    })
    keepRevision(store, context, { storyId: request.id, storyVersion: request.baseVersion + 1, kind, fields: { ...saved, slug }, bodyHtml: body.html, words: body.words, now, actor })
    return { story: answer(request.id, body) }
  })

  if (outcome.story !== undefined) return outcome.story
  if (outcome.holder) {
    throw new ServiceError(
      'forbidden',
      `${outcome.holder} took this story over, so it was not saved. Your text was kept in its history as a conflict copy; ` +
        'open the latest version to read on.',
    )
  }
  throw new ServiceError(
    'conflict',
    `This story was saved elsewhere (now version ${outcome.conflictWith}) after you opened version ${request.baseVersion}. ` +
      'Your text was kept in its history as a conflict copy; open the latest version to go on.',
  )
}

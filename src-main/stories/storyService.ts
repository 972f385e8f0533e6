import type { Person } from '../../src-shared/domain/person'
import type { StoryFilters, StoryPage, StorySort, StoryState } from '../../src-shared/domain/story'
import { applyFilters, applySort } from './listQuery'
import { renderByline } from '../../src-shared/text/byline'
import { EMPTY_BODY, type Revision, type RevisionSummary, type SavedStory, type StoryDetail } from '../../src-shared/domain/storyDraft'
import { directionOf } from '../../src-shared/text/direction'
import { slugify, uniqueSlug } from '../../src-shared/text/slugify'
import type { ServiceContext } from '../app/serviceContext'
import { ServiceError } from '../app/serviceError'
import type { Store } from '../db/store'
import { indexStory } from '../search/indexStory'
import { matchExpression } from '../search/matchExpression'
import { searchStories } from '../search/searchStories'
import { keepRevision } from './keepRevision'
import { liveStoryCount, narrowedByStateAlone } from './liveStoryCount'
import { getRevision, listRevisions } from './revisions'
import { saveStory, type SaveRequest } from './saveStory'
import { saveStoryChanges, type SaveChangesRequest } from './saveStoryChanges'
import { prepareBody } from './storyBody'
import { openCommentCounts, SUMMARY_COLUMNS, toFields, toStory, toStoryDetail } from './storyRow'

/** Stories: create, read, list, save, and their revisions. Each method is one transaction. */
export interface StoryService {
  /**
   * Creates a draft at version 1 with `headline` (already trimmed) in `language` (default `en`),
   * assigned to and bylined for the current person when there is one.
   */
  create(input: { headline: string; language?: string | undefined }): StoryDetail
  /** @throws ServiceError `not_found` for an unknown or deleted id. */
  get(input: { id: string }): StoryDetail
  /** Live stories, most recently changed first; with `mine`, those assigned to the current person, most urgent deadline first. */
  list(input: { limit: number; offset: number; mine?: boolean; states?: readonly StoryState[]; query?: string; sort?: StorySort; filters?: StoryFilters }): StoryPage
  /** See `saveStory`. @throws ServiceError `not_found`, `conflict`, `invalid_input`. */
  save(input: SaveRequest): StoryDetail
  /** See `saveStoryChanges`: the story screen's save. @throws ServiceError `not_found`, `conflict`, `invalid_input`. */
  saveChanges(input: SaveChangesRequest): SavedStory
  /** A story's history, newest first. */
  revisions(input: { storyId: string }): RevisionSummary[]
  /** One revision with its text. @throws ServiceError `not_found`. */
  revision(input: { id: string }): Revision
  /** Saves a revision's fields as the story's newest version (itself a new revision, kind `restore`). */
  restore(input: { storyId: string; revisionId: string; baseVersion: number }): StoryDetail
}

export function createStoryService(store: Store, context: ServiceContext, currentPerson: () => Person | null = () => null): StoryService {
  const { query } = store

  function find(id: string): StoryDetail | undefined {
    const row = store.first(query.selectFrom('stories').selectAll().where('id', '=', id).where('deleted_at', 'is', null))
    return row ? toStoryDetail(row, openCommentCounts(store, [id]).get(id)) : undefined
  }

  function slugTaken(candidate: string): boolean {
    return Boolean(store.first(query.selectFrom('stories').select('id').where('slug', '=', candidate).where('deleted_at', 'is', null)))
  }

  return {
    create({ headline, language = 'en' }) {
      const id = context.newId()
      const now = context.now().toISOString()
      const actor = context.actor()
      const body = prepareBody(EMPTY_BODY, directionOf(language))
      const person = currentPerson()
      return store.transaction(() => {
        const slug = uniqueSlug(slugify(headline), slugTaken)
        store.run(
          query.insertInto('stories').values({
            id,
            headline,
            slug,
            language,
            body_json: JSON.stringify(body.json),
            body_html: body.html,
            ...(person
              ? {
                  assignee_id: person.id,
                  credits_json: JSON.stringify([{ personId: person.id, name: person.name, role: 'author' }]),
                  byline: renderByline([{ personId: person.id, name: person.name, role: 'author' }]),
                }
              : {}),
            created_at: now,
            created_by: actor,
            updated_at: now,
            updated_by: actor,
          }),
        )
        const row = store.first(query.selectFrom('stories').selectAll().where('id', '=', id))
        if (!row) throw new Error(`story ${id} vanished inside its own transaction`)
        const fields = toFields(row)
        indexStory(store, { id, headline, standfirst: '', bodyText: '', credits: fields.credits, captions: [] })
        keepRevision(store, context, { storyId: id, storyVersion: 1, kind: 'save', fields: toFields(row), bodyHtml: body.html, words: 0, now, actor })
        return toStoryDetail(row)
      })
    },

    get({ id }) {
      const story = find(id)
      if (!story) throw new ServiceError('not_found', 'That story does not exist, or it was deleted.')
      return story
    },

    list({ limit, offset, mine = false, states = [], query: text = '', sort, filters = {} }) {
      const match = matchExpression(text)
      if (match) return searchStories(store, match, { limit, offset, states, assigneeId: mine ? (currentPerson()?.id ?? '') : undefined })
      let live = applyFilters(query.selectFrom('stories').where('deleted_at', 'is', null), filters)
      if (states.length > 0) live = live.where('state', 'in', [...states])
      if (mine) live = live.where('assignee_id', '=', currentPerson()?.id ?? '')
      // "My stories" is most urgent first unless a column was chosen.
      const order = sort ?? (mine ? { column: 'deadline', direction: 'asc' } : { column: 'updated', direction: 'desc' })
      // The page's ids first, from the indexes alone, then their rows: a filtered page (a
      // queue tab) then sorts small index entries, not thousands of whole stories.
      const page = applySort(live.select('id'), order).limit(limit).offset(offset)
      const rows = store.all(applySort(query.selectFrom('stories').select(SUMMARY_COLUMNS).where('id', 'in', page), order))
      const total = narrowedByStateAlone(mine, filters) ? liveStoryCount(store, states) : Number(store.first(live.select((eb) => eb.fn.countAll<number>().as('total')))?.total ?? 0)
      const open = openCommentCounts(store, rows.map((row) => row.id))
      return { stories: rows.map((row) => toStory(row, open.get(row.id))), total }
    },

    save: (input) => saveStory(store, context, input),
    saveChanges: (input) => saveStoryChanges(store, context, input),
    revisions: ({ storyId }) => listRevisions(store, storyId),
    revision: ({ id }) => getRevision(store, id),

    restore({ storyId, revisionId, baseVersion }) {
      const revision = getRevision(store, revisionId)
      if (revision.storyId !== storyId) throw new ServiceError('not_found', 'That revision belongs to another story.')
      return saveStory(store, context, { id: storyId, baseVersion, fields: revision.fields }, true)
    },
  }
}

import type { Selectable } from 'kysely'
import { StoryState, type Story } from '../../src-shared/domain/story'
import type { Credit } from '../../src-shared/domain/credit'
import type { BodyJson, StoryDetail, StoryFields } from '../../src-shared/domain/storyDraft'
import type { StoriesTable } from '../db/schema'
import type { Store } from '../db/store'

type Row = Selectable<StoriesTable>

/** The columns of the story list: everything but the body and the long fields. */
export const SUMMARY_COLUMNS = [
  'id',
  'headline',
  'slug',
  'section',
  'language',
  'state',
  'version',
  'word_count',
  'word_target',
  'deadline_at',
  'byline',
  'assignee_id',
  'created_at',
  'created_by',
  'updated_at',
  'updated_by',
] as const satisfies readonly (keyof Row)[]

type SummaryRow = Pick<Row, (typeof SUMMARY_COLUMNS)[number]>

/** Maps a `stories` row (snake_case) to the list's `Story` (camelCase). */
export function toStory(row: SummaryRow, openComments = 0): Story {
  return {
    id: row.id,
    headline: row.headline,
    slug: row.slug,
    section: row.section,
    language: row.language,
    state: StoryState.parse(row.state),
    version: row.version,
    wordCount: row.word_count,
    wordTarget: row.word_target,
    deadlineAt: row.deadline_at,
    byline: row.byline,
    assigneeId: row.assignee_id,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    openComments,
  }
}

/** The editable fields of a row, as the story screen sends them back. */
export function toFields(row: Row): StoryFields {
  return {
    headline: row.headline,
    standfirst: row.standfirst,
    slug: row.slug,
    slugLocked: row.slug_locked === 1,
    section: row.section,
    tags: JSON.parse(row.tags) as string[],
    language: row.language,
    datelinePlace: row.dateline_place,
    datelineAt: row.dateline_at,
    datelineZone: row.dateline_zone,
    deadlineAt: row.deadline_at,
    wordTarget: row.word_target,
    ednote: row.ednote,
    body: JSON.parse(row.body_json) as BodyJson,
    credits: JSON.parse(row.credits_json) as Credit[],
    assigneeId: row.assignee_id,
    lead: row.lead_picture_id ? { pictureId: row.lead_picture_id, caption: row.lead_caption, alt: row.lead_alt, credit: row.lead_credit } : null,
  }
}

/** The whole story of a row. */
export function toStoryDetail(row: Row, openComments = 0): StoryDetail {
  return { ...toStory(row, openComments), ...toFields(row), bodyHtml: row.body_html, bodyText: row.body_text, characterCount: row.char_count }
}

/** Unresolved comments per story id (ids without any are absent). One query for a whole page. */
export function openCommentCounts(store: Store, storyIds: readonly string[]): Map<string, number> {
  if (storyIds.length === 0) return new Map()
  const rows = store.all(
    store.query
      .selectFrom('story_comments')
      .select(['story_id', (eb) => eb.fn.countAll<number>().as('open')])
      .where('story_id', 'in', [...storyIds])
      .where('resolved_at', 'is', null)
      .where('deleted_at', 'is', null)
      .groupBy('story_id'),
  )
  return new Map(rows.map((row) => [row.story_id, Number(row.open)]))
}

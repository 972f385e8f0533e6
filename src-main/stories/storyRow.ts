import type { Selectable } from 'kysely'
import { StoryState, type Story } from '../../src-shared/domain/story'
import type { Credit } from '../../src-shared/domain/credit'
import type { BodyJson, FieldsBesideBody, SavedStory, StoryDetail, StoryFields } from '../../src-shared/domain/storyDraft'
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

/** The columns holding the body and what is derived from its text: the long ones. */
const BODY_COLUMNS = ['body_json', 'body_html', 'body_text'] as const satisfies readonly (keyof Row)[]

type BesideBodyRow = Omit<Row, (typeof BODY_COLUMNS)[number] | 'deleted_at'>

/**
 * Every live column of `stories` but the body's (`BODY_COLUMNS`): what a save answers with.
 * Written as an object so the compiler refuses a column left out or misspelt.
 */
export const BESIDE_BODY_COLUMNS = Object.keys({
  id: 1, headline: 1, standfirst: 1, slug: 1, slug_locked: 1, section: 1, tags: 1, language: 1, state: 1, version: 1,
  dateline_place: 1, dateline_at: 1, dateline_zone: 1, deadline_at: 1, word_target: 1, ednote: 1, word_count: 1,
  char_count: 1, credits_json: 1, byline: 1, assignee_id: 1, lead_picture_id: 1, lead_caption: 1, lead_alt: 1,
  lead_credit: 1, created_at: 1, created_by: 1, updated_at: 1, updated_by: 1,
} satisfies Record<keyof BesideBodyRow, 1>) as (keyof BesideBodyRow)[]

/** The editable fields of a row, as the story screen sends them back. */
export function toFields(row: Row): StoryFields {
  return { ...toFieldsBesideBody(row), body: JSON.parse(row.body_json) as BodyJson }
}

/** The editable fields of a row but the body. */
export function toFieldsBesideBody(row: BesideBodyRow): FieldsBesideBody {
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
    credits: JSON.parse(row.credits_json) as Credit[],
    assigneeId: row.assignee_id,
    lead: row.lead_picture_id ? { pictureId: row.lead_picture_id, caption: row.lead_caption, alt: row.lead_alt, credit: row.lead_credit } : null,
  }
}

/** A story as a save answers it: the row without its body columns (`BESIDE_BODY_COLUMNS`). */
export function toSavedStory(row: BesideBodyRow, openComments = 0): SavedStory {
  return { ...toStory(row, openComments), ...toFieldsBesideBody(row), characterCount: row.char_count }
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

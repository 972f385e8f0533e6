import type { Generated } from 'kysely'

/**
 * The database as Kysely sees it: one interface per table, columns in snake_case exactly as
 * the migrations create them. Times are ISO 8601 UTC strings; ids are UUIDv7 strings.
 * `Generated<T>` marks a column with a default (optional on insert).
 */
export interface Schema {
  schema_migrations: SchemaMigrationsTable
  stories: StoriesTable
  story_revisions: StoryRevisionsTable
  people: PeopleTable
  pictures: PicturesTable
  picture_uses: PictureUsesTable
  story_moves: StoryMovesTable
  story_comments: StoryCommentsTable
  story_locks: StoryLocksTable
  newsroom_words: NewsroomWordsTable
  publish_jobs: PublishJobsTable
  story_publications: StoryPublicationsTable
  story_counts: StoryCountsTable
}

/** Live (not deleted) stories per state, kept by triggers on `stories` (migration 11); never written by the app. */
export interface StoryCountsTable {
  state: string
  live: number
}

/** One row per migration applied: which, when, and by which Newsdesk version. */
export interface SchemaMigrationsTable {
  version: number
  name: string
  applied_at: string
  app_version: string
}

/** A story. `deleted_at` is the tombstone of a soft delete (NULL while live). */
export interface StoriesTable {
  id: string
  headline: Generated<string>
  state: Generated<string>
  version: Generated<number>
  created_at: string
  created_by: string
  updated_at: string
  updated_by: string
  deleted_at: Generated<string | null>
  standfirst: Generated<string>
  slug: Generated<string>
  /** 1 once a person edited the slug (it stops following the headline). */
  slug_locked: Generated<number>
  section: Generated<string>
  /** JSON array of strings. */
  tags: Generated<string>
  language: Generated<string>
  dateline_place: Generated<string>
  dateline_at: Generated<string | null>
  dateline_zone: Generated<string | null>
  deadline_at: Generated<string | null>
  word_target: Generated<number | null>
  ednote: Generated<string>
  /** TipTap JSON of the body, without per-block `dir`. */
  body_json: Generated<string>
  body_html: Generated<string>
  body_text: Generated<string>
  word_count: Generated<number>
  char_count: Generated<number>
  /** JSON array of `Credit`, in byline order. */
  credits_json: Generated<string>
  /** The byline string derived from the author credits ("By News Desk"). */
  byline: Generated<string>
  assignee_id: Generated<string | null>
  lead_picture_id: Generated<string | null>
  lead_caption: Generated<string>
  lead_alt: Generated<string>
  lead_credit: Generated<string>
}

/** A kept save of a story: `fields_json` is the whole `StoryFields` as saved. */
export interface StoryRevisionsTable {
  id: string
  story_id: string
  story_version: number
  kind: string
  headline: Generated<string>
  fields_json: string
  body_html: Generated<string>
  word_count: Generated<number>
  created_at: string
  created_by: string
  updated_at: string
  updated_by: string
  deleted_at: Generated<string | null>
}

/** Someone in the staff directory. `roles` is a JSON array of `StaffRole`. */
export interface PeopleTable {
  id: string
  name: string
  title: Generated<string>
  email: Generated<string>
  desk: Generated<string>
  roles: Generated<string>
  active: Generated<number>
  created_at: string
  created_by: string
  updated_at: string
  updated_by: string
  deleted_at: Generated<string | null>
}

/** A picture file, stored once as `<data>/pictures/<sha256>`, with its lasting metadata. */
export interface PicturesTable {
  id: string
  sha256: string
  mime: string
  bytes: number
  width: number
  height: number
  original_name: Generated<string>
  description: Generated<string>
  credit: Generated<string>
  copyright: Generated<string>
  taken_at: Generated<string | null>
  created_at: string
  created_by: string
  updated_at: string
  updated_by: string
  deleted_at: Generated<string | null>
}

/** Where a picture is used: derived from each story's lead picture and body figures on save. */
export interface PictureUsesTable {
  story_id: string
  picture_id: string
  kind: 'lead' | 'body'
}

/** A story's move between desk states; rows are only ever added. */
export interface StoryMovesTable {
  id: string
  story_id: string
  from_state: string
  to_state: string
  note: Generated<string>
  created_at: string
  created_by: string
  updated_at: string
  updated_by: string
  deleted_at: Generated<string | null>
}

/** A comment on a story: internal, never exported. */
export interface StoryCommentsTable {
  id: string
  story_id: string
  body: string
  resolved_at: Generated<string | null>
  resolved_by: Generated<string | null>
  created_at: string
  created_by: string
  updated_at: string
  updated_by: string
  deleted_at: Generated<string | null>
}

/** Who is editing a story, until when (renewed by the holder's heartbeat). */
export interface StoryLocksTable {
  story_id: string
  holder_id: string
  expires_at: string
  created_at: string
  created_by: string
  updated_at: string
  updated_by: string
}

/** The newsroom dictionary (migration 8): one word a row, unique without case. */
export interface NewsroomWordsTable {
  id: string
  word: string
  created_at: string
  created_by: string
  updated_at: string
  updated_by: string
  deleted_at: Generated<string | null>
}

/** The outbox (migration 9): one row per story version per site per action. */
export interface PublishJobsTable {
  id: string
  story_id: string
  target_id: string
  action: 'publish' | 'correct' | 'unpublish'
  version: number
  story_version: number
  idempotency_key: string
  ninjs_json: string
  post_json: string
  state: Generated<'queued' | 'sending' | 'sent' | 'failed' | 'canceled'>
  attempts: Generated<number>
  next_attempt_at: string | null
  last_error: string | null
  last_reason: string | null
  remote_url: string | null
  created_at: string
  created_by: string
  updated_at: string
  updated_by: string
  sent_at: string | null
}

/** What each site kept of a story (migration 9): its id and address there, media ids, the version it has. */
export interface StoryPublicationsTable {
  story_id: string
  target_id: string
  remote_id: string
  remote_url: string | null
  media_ids_json: Generated<string>
  version: number
  canceled: Generated<number>
  published_at: string
  updated_at: string
}

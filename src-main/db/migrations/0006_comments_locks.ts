import type { Migration } from './migration'

/**
 * Story comments (internal: never exported) and edit locks. A lock names who holds a story
 * and until when; the holder's app renews it while the story is open, and it lapses on its
 * own when that stops (a closed laptop, a crash), so no story stays locked forever.
 */
export const migration0006: Migration = {
  version: 6,
  name: 'comments_locks',
  sql: `
    CREATE TABLE story_comments (
      id          TEXT NOT NULL PRIMARY KEY,
      story_id    TEXT NOT NULL REFERENCES stories (id),
      body        TEXT NOT NULL CHECK (length(trim(body)) > 0),
      resolved_at TEXT,
      resolved_by TEXT,
      created_at  TEXT NOT NULL,
      created_by  TEXT NOT NULL,
      updated_at  TEXT NOT NULL,
      updated_by  TEXT NOT NULL,
      deleted_at  TEXT
    ) STRICT;
    CREATE INDEX story_comments_by_story ON story_comments (story_id, created_at) WHERE deleted_at IS NULL;

    CREATE TABLE story_locks (
      story_id    TEXT NOT NULL PRIMARY KEY REFERENCES stories (id),
      holder_id   TEXT NOT NULL,
      expires_at  TEXT NOT NULL,
      created_at  TEXT NOT NULL,
      created_by  TEXT NOT NULL,
      updated_at  TEXT NOT NULL,
      updated_by  TEXT NOT NULL
    ) STRICT;
  `,
}

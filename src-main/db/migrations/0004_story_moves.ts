import type { Migration } from './migration'

/** Every move of a story between desk states, with who, when and why (issue 5). Never updated. */
export const migration0004: Migration = {
  version: 4,
  name: 'story_moves',
  sql: `
    CREATE TABLE story_moves (
      id          TEXT NOT NULL PRIMARY KEY,
      story_id    TEXT NOT NULL REFERENCES stories (id),
      from_state  TEXT NOT NULL,
      to_state    TEXT NOT NULL,
      note        TEXT NOT NULL DEFAULT '',
      created_at  TEXT NOT NULL,
      created_by  TEXT NOT NULL,
      updated_at  TEXT NOT NULL,
      updated_by  TEXT NOT NULL,
      deleted_at  TEXT
    ) STRICT;
    CREATE INDEX story_moves_by_story ON story_moves (story_id, created_at);
    CREATE INDEX stories_by_state ON stories (state, updated_at DESC) WHERE deleted_at IS NULL;
  `,
}

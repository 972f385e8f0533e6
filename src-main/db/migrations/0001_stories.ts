import type { Migration } from './migration'

/** The first table: stories, with the bookkeeping every row carries (DESIGN.md, "Storage"). */
export const migration0001: Migration = {
  version: 1,
  name: 'stories',
  sql: `
    CREATE TABLE stories (
      id          TEXT    NOT NULL PRIMARY KEY,
      headline    TEXT    NOT NULL DEFAULT '',
      state       TEXT    NOT NULL DEFAULT 'draft'
                  CHECK (state IN ('draft', 'submitted', 'editing', 'ready', 'published',
                                   'returned', 'spiked', 'corrected', 'unpublished')),
      version     INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
      created_at  TEXT    NOT NULL,
      created_by  TEXT    NOT NULL,
      updated_at  TEXT    NOT NULL,
      updated_by  TEXT    NOT NULL,
      deleted_at  TEXT
    ) STRICT;

    -- The story list pages live stories by last change; sync finds changes by the same key.
    CREATE INDEX stories_by_update ON stories (updated_at DESC, id DESC) WHERE deleted_at IS NULL;
  `,
}

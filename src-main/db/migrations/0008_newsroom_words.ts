import type { Migration } from './migration'

/**
 * The newsroom dictionary: words every story may use that the language dictionaries do not
 * know (names, places, house words). One live row per word, compared without case; rows are
 * UUIDv7 ids with who/when and a tombstone, like every row a shared desk will sync.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'newsroom_words',
  sql: `
    CREATE TABLE newsroom_words (
      id          TEXT NOT NULL PRIMARY KEY,
      word        TEXT NOT NULL COLLATE NOCASE CHECK (length(word) BETWEEN 1 AND 60),
      created_at  TEXT NOT NULL,
      created_by  TEXT NOT NULL,
      updated_at  TEXT NOT NULL,
      updated_by  TEXT NOT NULL,
      deleted_at  TEXT
    ) STRICT;
    CREATE UNIQUE INDEX newsroom_words_live ON newsroom_words (word) WHERE deleted_at IS NULL;
  `,
}

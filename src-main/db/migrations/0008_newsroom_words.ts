import type { Migration } from './migration'

/**
 * The newsroom dictionary: words every story may use that the language dictionaries do not
 * know (names, places, house words). One row per word, compared without case.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'newsroom_words',
  sql: `
    CREATE TABLE newsroom_words (
      word        TEXT NOT NULL PRIMARY KEY COLLATE NOCASE CHECK (length(word) BETWEEN 1 AND 60),
      created_at  TEXT NOT NULL,
      created_by  TEXT NOT NULL
    ) STRICT;
  `,
}

import type { Migration } from './migration'

/**
 * Gives each story a fixed integer key in the search index. Until now a save found its
 * story's old index row by the UNINDEXED `story_id` column, which FTS5 can only scan: every
 * save read the whole index (at 10,000 stories, 57 s to generate instead of 5 s). The key is
 * the FTS5 rowid, found through an ordinary unique index; INTEGER PRIMARY KEY so VACUUM never
 * renumbers it. The index's existing rowids become the keys, so nothing is reindexed.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'story_search_keys',
  sql: `
    CREATE TABLE story_search_keys (
      search_rowid INTEGER PRIMARY KEY,
      story_id     TEXT    NOT NULL UNIQUE
    );
    INSERT OR IGNORE INTO story_search_keys (search_rowid, story_id) SELECT rowid, story_id FROM story_search;
  `,
}

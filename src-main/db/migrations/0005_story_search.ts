import type { Migration } from './migration'

/**
 * Full-text search over stories (SQLite FTS5). Text is folded before it is indexed
 * (src-shared/text/searchText.ts: Arabic-script diacritics off; the unicode61 tokenizer takes
 * Latin ones off), and CJK text is indexed a character at a time in its own column, so one-
 * to four-character Chinese and Japanese words are found as adjacent characters. Rows are
 * written by the story service on every save. Stories saved before this migration are
 * indexed here without folding; their next save folds them.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'story_search',
  sql: `
    CREATE VIRTUAL TABLE story_search USING fts5(
      story_id UNINDEXED, headline, standfirst, body, credits, captions, cjk,
      tokenize = 'unicode61 remove_diacritics 2'
    );
    INSERT INTO story_search (story_id, headline, standfirst, body, credits, captions, cjk)
      SELECT id, headline, standfirst, body_text, byline, lead_caption, '' FROM stories WHERE deleted_at IS NULL;
  `,
}

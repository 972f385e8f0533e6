import type { Migration } from './migration'

/**
 * The drafting fields of a story, its body (TipTap JSON with derived HTML and text) and
 * counts, and the revisions table: one row per kept save, snapshotting every field.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'drafting',
  sql: `
    ALTER TABLE stories ADD COLUMN standfirst     TEXT    NOT NULL DEFAULT '';
    ALTER TABLE stories ADD COLUMN slug           TEXT    NOT NULL DEFAULT '';
    ALTER TABLE stories ADD COLUMN slug_locked    INTEGER NOT NULL DEFAULT 0 CHECK (slug_locked IN (0, 1));
    ALTER TABLE stories ADD COLUMN section        TEXT    NOT NULL DEFAULT '';
    ALTER TABLE stories ADD COLUMN tags           TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(tags));
    ALTER TABLE stories ADD COLUMN language       TEXT    NOT NULL DEFAULT 'en';
    ALTER TABLE stories ADD COLUMN dateline_place TEXT    NOT NULL DEFAULT '';
    ALTER TABLE stories ADD COLUMN dateline_at    TEXT;
    ALTER TABLE stories ADD COLUMN dateline_zone  TEXT;
    ALTER TABLE stories ADD COLUMN deadline_at    TEXT;
    ALTER TABLE stories ADD COLUMN word_target    INTEGER CHECK (word_target IS NULL OR word_target > 0);
    ALTER TABLE stories ADD COLUMN ednote         TEXT    NOT NULL DEFAULT '';
    ALTER TABLE stories ADD COLUMN body_json      TEXT    NOT NULL DEFAULT '{"type":"doc","content":[{"type":"paragraph"}]}'
                                                  CHECK (json_valid(body_json));
    ALTER TABLE stories ADD COLUMN body_html      TEXT    NOT NULL DEFAULT '';
    ALTER TABLE stories ADD COLUMN body_text      TEXT    NOT NULL DEFAULT '';
    ALTER TABLE stories ADD COLUMN word_count     INTEGER NOT NULL DEFAULT 0 CHECK (word_count >= 0);
    ALTER TABLE stories ADD COLUMN char_count     INTEGER NOT NULL DEFAULT 0 CHECK (char_count >= 0);

    -- A slug names one live story; '' (not yet given) may repeat.
    CREATE UNIQUE INDEX stories_slug ON stories (slug) WHERE slug <> '' AND deleted_at IS NULL;

    CREATE TABLE story_revisions (
      id            TEXT    NOT NULL PRIMARY KEY,
      story_id      TEXT    NOT NULL REFERENCES stories (id),
      story_version INTEGER NOT NULL CHECK (story_version >= 0),
      kind          TEXT    NOT NULL CHECK (kind IN ('save', 'checkpoint', 'conflict', 'restore')),
      headline      TEXT    NOT NULL DEFAULT '',
      fields_json   TEXT    NOT NULL CHECK (json_valid(fields_json)),
      body_html     TEXT    NOT NULL DEFAULT '',
      word_count    INTEGER NOT NULL DEFAULT 0 CHECK (word_count >= 0),
      created_at    TEXT    NOT NULL,
      created_by    TEXT    NOT NULL,
      updated_at    TEXT    NOT NULL,
      updated_by    TEXT    NOT NULL,
      deleted_at    TEXT
    ) STRICT;
    CREATE INDEX story_revisions_by_story ON story_revisions (story_id, created_at DESC);
  `,
}

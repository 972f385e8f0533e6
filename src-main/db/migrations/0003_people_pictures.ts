import type { Migration } from './migration'

/**
 * The staff directory, pictures stored by content hash, and what a story carries of both:
 * its credits (ordered, JSON, with the byline string derived beside it), its assignee, and
 * its lead picture with its own caption, alt text and credit. `picture_uses` is derived on
 * every save, so "where is this picture used" is one indexed query.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'people_pictures',
  sql: `
    CREATE TABLE people (
      id          TEXT    NOT NULL PRIMARY KEY,
      name        TEXT    NOT NULL CHECK (length(trim(name)) > 0),
      title       TEXT    NOT NULL DEFAULT '',
      email       TEXT    NOT NULL DEFAULT '',
      desk        TEXT    NOT NULL DEFAULT '',
      roles       TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(roles)),
      active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      created_at  TEXT    NOT NULL,
      created_by  TEXT    NOT NULL,
      updated_at  TEXT    NOT NULL,
      updated_by  TEXT    NOT NULL,
      deleted_at  TEXT
    ) STRICT;
    CREATE INDEX people_by_name ON people (name COLLATE NOCASE) WHERE deleted_at IS NULL;

    CREATE TABLE pictures (
      id            TEXT    NOT NULL PRIMARY KEY,
      sha256        TEXT    NOT NULL CHECK (length(sha256) = 64),
      mime          TEXT    NOT NULL CHECK (mime IN ('image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif')),
      bytes         INTEGER NOT NULL CHECK (bytes > 0),
      width         INTEGER NOT NULL CHECK (width > 0),
      height        INTEGER NOT NULL CHECK (height > 0),
      original_name TEXT    NOT NULL DEFAULT '',
      description   TEXT    NOT NULL DEFAULT '',
      credit        TEXT    NOT NULL DEFAULT '',
      copyright     TEXT    NOT NULL DEFAULT '',
      taken_at      TEXT,
      created_at    TEXT    NOT NULL,
      created_by    TEXT    NOT NULL,
      updated_at    TEXT    NOT NULL,
      updated_by    TEXT    NOT NULL,
      deleted_at    TEXT
    ) STRICT;
    CREATE UNIQUE INDEX pictures_by_hash ON pictures (sha256) WHERE deleted_at IS NULL;

    ALTER TABLE stories ADD COLUMN credits_json    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(credits_json));
    ALTER TABLE stories ADD COLUMN byline          TEXT NOT NULL DEFAULT '';
    ALTER TABLE stories ADD COLUMN assignee_id     TEXT REFERENCES people (id);
    ALTER TABLE stories ADD COLUMN lead_picture_id TEXT REFERENCES pictures (id);
    ALTER TABLE stories ADD COLUMN lead_caption    TEXT NOT NULL DEFAULT '';
    ALTER TABLE stories ADD COLUMN lead_alt        TEXT NOT NULL DEFAULT '';
    ALTER TABLE stories ADD COLUMN lead_credit     TEXT NOT NULL DEFAULT '';
    CREATE INDEX stories_by_assignee ON stories (assignee_id, deadline_at) WHERE deleted_at IS NULL;

    CREATE TABLE picture_uses (
      story_id   TEXT NOT NULL REFERENCES stories (id),
      picture_id TEXT NOT NULL REFERENCES pictures (id),
      kind       TEXT NOT NULL CHECK (kind IN ('lead', 'body')),
      PRIMARY KEY (story_id, picture_id, kind)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX picture_uses_by_picture ON picture_uses (picture_id);
  `,
}

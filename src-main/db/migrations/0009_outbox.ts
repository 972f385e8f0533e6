import type { Migration } from './migration'

/**
 * The outbox (issue 6). A job is one version of a story for one site: what to send is frozen
 * in it when it is queued (the ninjs document and the post), so a retry after a restart sends
 * exactly what the publisher approved. One job per story, site, version and action: asking
 * twice finds the first. `story_publications` holds what the site said it kept (its id, the
 * story's address there, its media ids) and the version it has. Both are this workstation's
 * delivery state (targets and their secrets are local settings), so they are keyed for it,
 * not for a shared desk's sync.
 */
export const migration0009: Migration = {
  version: 9,
  name: 'outbox',
  sql: `
    CREATE TABLE publish_jobs (
      id              TEXT    NOT NULL PRIMARY KEY,
      story_id        TEXT    NOT NULL REFERENCES stories (id),
      target_id       TEXT    NOT NULL,
      action          TEXT    NOT NULL CHECK (action IN ('publish', 'correct', 'unpublish')),
      version         INTEGER NOT NULL CHECK (version > 0),
      story_version   INTEGER NOT NULL,
      idempotency_key TEXT    NOT NULL,
      ninjs_json      TEXT    NOT NULL,
      post_json       TEXT    NOT NULL,
      state           TEXT    NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'canceled')),
      attempts        INTEGER NOT NULL DEFAULT 0,
      next_attempt_at TEXT,
      last_error      TEXT,
      last_reason     TEXT,
      remote_url      TEXT,
      created_at      TEXT    NOT NULL,
      created_by      TEXT    NOT NULL,
      updated_at      TEXT    NOT NULL,
      updated_by      TEXT    NOT NULL,
      sent_at         TEXT
    ) STRICT;
    CREATE UNIQUE INDEX publish_jobs_once ON publish_jobs (story_id, target_id, version, action) WHERE state <> 'canceled';
    CREATE INDEX publish_jobs_due ON publish_jobs (state, next_attempt_at);
    CREATE INDEX publish_jobs_by_story ON publish_jobs (story_id, target_id);

    CREATE TABLE story_publications (
      story_id        TEXT    NOT NULL REFERENCES stories (id),
      target_id       TEXT    NOT NULL,
      remote_id       TEXT    NOT NULL,
      remote_url      TEXT,
      media_ids_json  TEXT    NOT NULL DEFAULT '{}',
      version         INTEGER NOT NULL,
      canceled        INTEGER NOT NULL DEFAULT 0 CHECK (canceled IN (0, 1)),
      published_at    TEXT    NOT NULL,
      updated_at      TEXT    NOT NULL,
      PRIMARY KEY (story_id, target_id)
    ) STRICT;
  `,
}

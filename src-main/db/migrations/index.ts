import type { Migration } from './migration'
import { migration0001 } from './0001_stories'
import { migration0002 } from './0002_drafting'
import { migration0003 } from './0003_people_pictures'
import { migration0004 } from './0004_story_moves'
import { migration0005 } from './0005_story_search'
import { migration0006 } from './0006_comments_locks'
import { migration0007 } from './0007_story_search_keys'
import { migration0008 } from './0008_newsroom_words'
import { migration0009 } from './0009_outbox'
import { migration0010 } from './0010_list_sort_indexes'
import { migration0011 } from './0011_story_counts'

/** Every migration, in order. Append new ones; never reorder or edit shipped ones. */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007, migration0008, migration0009, migration0010, migration0011]

/** The schema version this build of Newsdesk writes. A database above it is refused. */
export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0

/**
 * The database as Kysely sees it: one interface per table, columns in snake_case exactly as
 * the migrations create them. Times are ISO 8601 UTC strings; ids are UUIDv7 strings.
 */
export interface Schema {
  schema_migrations: SchemaMigrationsTable
  stories: StoriesTable
}

/** One row per migration applied: which, when, and by which Newsdesk version. */
export interface SchemaMigrationsTable {
  version: number
  name: string
  applied_at: string
  app_version: string
}

/** A story. `deleted_at` is the tombstone of a soft delete (NULL while live). */
export interface StoriesTable {
  id: string
  headline: string
  state: string
  version: number
  created_at: string
  created_by: string
  updated_at: string
  updated_by: string
  deleted_at: string | null
}

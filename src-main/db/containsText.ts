import { sql, type Expression, type RawBuilder } from 'kysely'

/**
 * A WHERE condition: any of `columns` contains `text`, taken literally (`%`, `_` and `\` in
 * what a person typed are escaped, so "100%" finds "100%" only). Case-insensitive for ASCII,
 * as SQLite's LIKE is. For the directory and the library; stories get full-text search.
 */
export function containsText(columns: readonly string[], text: string): RawBuilder<boolean> {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
  const tests: Expression<boolean>[] = columns.map((column) => sql<boolean>`${sql.ref(column)} LIKE ${pattern} ESCAPE '\\'`)
  return sql<boolean>`(${sql.join(tests, sql` OR `)})`
}

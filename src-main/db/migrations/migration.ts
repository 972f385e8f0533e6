/**
 * One schema change. `version` is its number (1, 2, 3…, no gaps), the same as the file's
 * prefix; `sql` runs inside the transaction that records it. A migration is never edited
 * after it has shipped: change the schema with a new one.
 */
export interface Migration {
  version: number
  name: string
  sql: string
}

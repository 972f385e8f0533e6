import type { Database, RunResult, Statement } from 'better-sqlite3'
import {
  DummyDriver,
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type Compilable,
} from 'kysely'
import { DatabaseBusyError, isBusy } from './databaseBusy'
import type { Schema } from './schema'

/** A Kysely instance that only builds SQL: execution stays synchronous on better-sqlite3. */
function createQueryBuilder(): Kysely<Schema> {
  return new Kysely<Schema>({
    dialect: {
      createAdapter: () => new SqliteAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new SqliteIntrospector(db),
      createQueryCompiler: () => new SqliteQueryCompiler(),
    },
  })
}

/**
 * The open database: typed queries built with Kysely (`store.query`) and run synchronously
 * on one better-sqlite3 connection. Synchronous execution keeps every service transaction in
 * one uninterrupted call (no await between BEGIN and COMMIT), which is what lets a service
 * own its transaction without another IPC call slipping into the middle of it.
 */
export class Store {
  /** Builds queries only; pass them to `all`, `first` or `run`. */
  readonly query = createQueryBuilder()
  readonly #statements = new Map<string, Statement>()

  constructor(
    /** The raw connection, for pragmas and migrations. Services use the typed methods. */
    readonly sqlite: Database,
    /** Absolute path of the database file. */
    readonly path: string,
  ) {}

  /** Every row the query returns, typed by the query. */
  all<R>(query: Compilable<R>): R[] {
    const compiled = query.compile()
    return this.#prepare(compiled.sql).all(...compiled.parameters) as R[]
  }

  /** The first row, or `undefined` when there is none. */
  first<R>(query: Compilable<R>): R | undefined {
    const compiled = query.compile()
    return this.#prepare(compiled.sql).get(...compiled.parameters) as R | undefined
  }

  /** Runs a statement that returns no rows; `changes` counts the rows it touched. */
  run(query: Compilable<unknown>): RunResult {
    const compiled = query.compile()
    return this.#prepare(compiled.sql).run(...compiled.parameters)
  }

  /**
   * Runs `work` in one write transaction. `BEGIN IMMEDIATE` takes the write lock up front, so
   * this connection never reads first and then asks to write: in WAL that "upgrade" fails at
   * once with SQLITE_BUSY_SNAPSHOT when another connection committed in between, and no timeout
   * helps (reliability/busy shows a plain BEGIN failing a quarter to a half of its transactions
   * that way against a second writer). A locked database is retried by SQLite's busy handler
   * for `busy_timeout`. Throwing inside `work` rolls everything back; nested calls become
   * savepoints.
   * @throws DatabaseBusyError when the lock was still held after `busy_timeout`: nothing was
   *   written, and the same call can simply be made again.
   */
  transaction<T>(work: () => T): T {
    try {
      return this.sqlite.transaction(work).immediate()
    } catch (error) {
      // Not retried here: the busy handler already waited the whole timeout on the main
      // process's only thread, and waiting again would only keep the window frozen longer.
      if (isBusy(error) && !(error instanceof DatabaseBusyError)) throw new DatabaseBusyError(this.path, { cause: error })
      throw error
    }
  }

  /** Closes the connection; the store is unusable afterwards. */
  close(): void {
    this.#statements.clear()
    if (this.sqlite.open) this.sqlite.close()
  }

  #prepare(sql: string): Statement {
    let statement = this.#statements.get(sql)
    if (!statement) {
      statement = this.sqlite.prepare(sql)
      this.#statements.set(sql, statement)
    }
    return statement
  }
}

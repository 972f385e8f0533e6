import { describe, it } from 'vitest'
import { busyTest } from './busyTest'

describe('R7 (quick): SQLITE_BUSY', () => {
  it('a long read, a reader that upgrades, two writers, and a lock past the timeout: no raw "database is locked", nothing lost', () => busyTest('R7-quick', { readMs: 800, increments: 100 }), 90_000)
})

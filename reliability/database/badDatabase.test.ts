import { describe, it } from 'vitest'
import { badDatabaseTest } from './badDatabaseTest'

describe('R4 (quick): a truncated, newer or foreign database', () => {
  it('is refused with a reason, the app starts and says so, and the file is never rewritten', () => badDatabaseTest('R4-database-quick', [0.5, 0.999]), 60_000)
})

import { describe, it } from 'vitest'
import { badDatabaseTest } from './badDatabaseTest'

// Truncated at every 5% of its length, plus just short of whole.
const FRACTIONS = [...Array.from({ length: 19 }, (_, index) => (index + 1) / 20), 0.999]

describe('R4: a truncated, newer or foreign database', () => {
  it('is refused with a reason, the app starts and says so, and the file is never rewritten', () => badDatabaseTest('R4-database', FRACTIONS))
})

import { describe, it } from 'vitest'
import { twoWritersTest } from './twoWritersTest'

describe('R6: two writers on one story, the app and a second process', () => {
  it('no silent overwrite; every losing text kept as a conflict copy; the app is told (1,000 saves each)', () => twoWritersTest('R6', 1_000))
})

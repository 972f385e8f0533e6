import { describe, it } from 'vitest'
import { privateFilesTest } from './privateFiles'

describe('a second local user (the built app)', () => {
  it('cannot read the data folder, settings or database the app creates', () => privateFilesTest('private-files'), 30_000)
})

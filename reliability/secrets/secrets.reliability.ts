import { describe, it } from 'vitest'
import { secretsTest } from './secretsTest'

describe('secrets never in plain text (the built app)', () => {
  it('not in the settings file, the database, the logs, the exports or any IPC answer, even when the site echoes them', () => secretsTest('secrets'), 60_000)
})

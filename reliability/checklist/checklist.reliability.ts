import { describe, it } from 'vitest'
import { checklistTest } from './checklistTest'

describe('R5: the Electron security checklist on the built app, and Electronegativity on the source', () => {
  it('holds every item; every finding above informational is explained in SECURITY.md', () => checklistTest('R5'))
})

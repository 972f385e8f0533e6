import { describe, expect, it } from 'vitest'
import type { Credit } from '../domain/credit'
import { joinNames, renderByline, renderCreditLines } from './byline'

const desk = (name: string, role: Credit['role'] = 'author'): Credit => ({ personId: null, name, role })
const person = (name: string, role: Credit['role'] = 'author'): Credit => ({ personId: '0190c3e2-7b1a-7cc3-9d2e-123456789abc', name, role })

describe('bylines in news style', () => {
  it.each([
    [[], ''],
    [[desk('News Desk')], 'By News Desk'],
    [[person('Awais Kiyani'), person('Sara Khan')], 'By Awais Kiyani and Sara Khan'],
    [[person('A'), person('B'), desk('AP')], 'By A, B and AP'],
    [[desk('Staff Reporter'), person('Awais Kiyani', 'reporter')], 'By Staff Reporter'],
  ])('%j → %s', (credits, byline) => {
    expect(renderByline(credits)).toBe(byline)
  })

  it('puts the other roles in credit lines, in a fixed order, plural when shared', () => {
    const credits = [desk('News Desk'), person('Ali Raza', 'photographer'), person('Awais Kiyani', 'reporter'), person('Sara Khan', 'additional_reporting'), desk('Reuters', 'additional_reporting')]
    expect(renderCreditLines(credits)).toEqual(['Reporter: Awais Kiyani', 'Additional reporting: Sara Khan and Reuters', 'Photographer: Ali Raza'])
    expect(renderCreditLines([person('A', 'reporter'), person('B', 'reporter')])).toEqual(['Reporters: A and B'])
  })

  it('joins names without a serial comma', () => {
    expect(joinNames(['A', 'B', 'C', 'D'])).toBe('A, B, C and D')
    expect(joinNames([])).toBe('')
  })
})

import { describe, expect, it } from 'vitest'
import { cjkUnigrams, foldForSearch, searchTerms } from './searchText'

describe('search text', () => {
  it('folds Urdu diacritics away so نظام and نظامِ are one word', () => {
    expect(foldForSearch('نظامِ زندگی')).toBe('نظام زندگی')
    expect(foldForSearch('نظامِ')).toBe(foldForSearch('نظام'))
  })

  it('indexes CJK one character at a time', () => {
    expect(cjkUnigrams('东京奥运会 in Tokyo 東京オリンピック')).toBe('东 京 奥 运 会 東 京 オ リ ン ピ ッ ク')
  })

  it.each([
    ['', []],
    ['   ', []],
    ['"', []],
    ['AND OR NOT', [{ kind: 'word', text: 'AND' }, { kind: 'word', text: 'OR' }, { kind: 'word', text: 'NOT' }]],
    ['PM’s "historic" visit*', [{ kind: 'word', text: 'PM’s' }, { kind: 'word', text: 'historic' }, { kind: 'word', text: 'visit' }]],
    ['東京 2020', [{ kind: 'cjk', chars: ['東', '京'] }, { kind: 'word', text: '2020' }]],
  ])('reads %j literally', (input, terms) => {
    expect(searchTerms(input)).toEqual(terms)
  })
})

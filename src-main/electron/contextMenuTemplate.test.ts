import { expect, it } from 'vitest'
import { contextMenuTemplate } from './contextMenuTemplate'

const actions = { replace: () => undefined, addWord: () => undefined }
const labels = (params: Parameters<typeof contextMenuTemplate>[0]) => contextMenuTemplate(params, actions).map((item) => item.label ?? item.role ?? item.type)
const plain = { misspelledWord: '', dictionarySuggestions: [], isEditable: false, selectionText: '' }

it('offers nothing where there is nothing to do, and only Copy on selected read-only text', () => {
  expect(labels(plain)).toEqual([])
  expect(labels({ ...plain, selectionText: 'Naqvi' })).toEqual(['copy'])
  expect(labels({ ...plain, selectionText: '   ' })).toEqual([])
})

it('says when Chromium has no suggestion, keeps at most five, and always offers the newsroom dictionary', () => {
  expect(labels({ ...plain, misspelledWord: 'Kiyani' })).toEqual(['No spelling suggestions', 'separator', 'Add “Kiyani” to newsroom dictionary'])
  const many = labels({ ...plain, misspelledWord: 'teh', dictionarySuggestions: ['the', 'ten', 'tee', 'tech', 'tel', 'tea'], isEditable: true })
  expect(many).toEqual(['the', 'ten', 'tee', 'tech', 'tel', 'separator', 'Add “teh” to newsroom dictionary', 'separator', 'cut', 'copy', 'paste'])
})

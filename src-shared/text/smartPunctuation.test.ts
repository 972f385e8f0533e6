import { expect, it } from 'vitest'
import { smartenBeforeCaret } from './smartPunctuation'

/** Types `text` a character at a time, smartening after each, as the fields do. */
const type = (text: string) => [...text].reduce((typed, char) => smartenBeforeCaret(typed + char), '')

it('curls quotes by what they follow, and makes dashes and ellipses, as typed', () => {
  expect(type(`Minister says "no deal" -- it's over...`)).toBe('Minister says “no deal” — it’s over…')
  expect(type(`'Yes,' she said. The '90s`)).toBe('‘Yes,’ she said. The ‘90s') // a leading apostrophe reads as an opening quote: fix by hand
  expect(type(`("quoted")`)).toBe('(“quoted”)')
})

it('leaves text without such punctuation as it is', () => {
  expect(smartenBeforeCaret('Flood relief reaches Sukkur')).toBe('Flood relief reaches Sukkur')
  expect(smartenBeforeCaret('')).toBe('')
  expect(smartenBeforeCaret('9-5')).toBe('9-5')
})

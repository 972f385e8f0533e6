import { Extension, textInputRule } from '@tiptap/core'
import { SMART_PUNCTUATION } from '../text/smartPunctuation'

/**
 * News-style punctuation as the reporter types: curly quotes, apostrophes, en and em dashes,
 * and the ellipsis character (the rules: src-shared/text/smartPunctuation.ts). Written here because @tiptap/extension-typography is not
 * published at the version every other @tiptap package uses (3.35.0).
 */
export const SmartTypography = Extension.create({
  name: 'smartTypography',

  addInputRules() {
    return SMART_PUNCTUATION.map((rule) => textInputRule(rule))
  },
})

import { Extension, textInputRule } from '@tiptap/core'

/**
 * News-style punctuation as the reporter types: curly quotes, apostrophes, en and em dashes,
 * and the ellipsis character. Written here because @tiptap/extension-typography is not
 * published at the version every other @tiptap package uses (3.35.0).
 */
export const SmartTypography = Extension.create({
  name: 'smartTypography',

  addInputRules() {
    return [
      textInputRule({ find: /--$/, replace: '—' }),
      textInputRule({ find: /\.\.\.$/, replace: '…' }),
      // An opening quote follows the start of the text, a space or an opening bracket.
      textInputRule({ find: /(?:^|[\s{[(<'"\u2018\u201C])(")$/, replace: '“' }),
      textInputRule({ find: /"$/, replace: '”' }),
      textInputRule({ find: /(?:^|[\s{[(<'"\u2018\u201C])(')$/, replace: '‘' }),
      textInputRule({ find: /'$/, replace: '’' }),
    ]
  },
})

/**
 * News-style punctuation as a person types (the house style of curly quotes): each rule
 * matches the end of the text just before the caret. One table, read by the body editor's
 * input rules (src-shared/editor/smartTypography.ts) and by the headline and standfirst
 * fields, so all three type alike. The replaced text is the last capture group when there is
 * one (the character typed), else the whole match.
 */
export const SMART_PUNCTUATION: readonly { find: RegExp; replace: string }[] = [
  { find: /--$/, replace: '—' },
  { find: /\.\.\.$/, replace: '…' },
  // An opening quote follows the start of the text, a space or an opening bracket or quote.
  { find: /(?:^|[\s{[(<'"\u2018\u201C])(")$/, replace: '“' },
  { find: /"$/, replace: '”' },
  { find: /(?:^|[\s{[(<'"\u2018\u201C])(')$/, replace: '‘' },
  { find: /'$/, replace: '’' },
]

/**
 * The text before the caret with its last typed punctuation smartened: `He said "` →
 * `He said “`, `rock 'n` → `rock ’n`, `wait...` → `wait…`. Unchanged when no rule matches.
 */
export function smartenBeforeCaret(before: string): string {
  for (const { find, replace } of SMART_PUNCTUATION) {
    const match = find.exec(before)
    if (!match) continue
    const replaced = match[1] ?? match[0]
    return before.slice(0, before.length - replaced.length) + replace
  }
  return before
}

import { searchTerms } from '../../src-shared/text/searchText'

const TEXT_COLUMNS = '{headline standfirst body credits captions}'
/** A last word this long (characters) or longer also matches as a prefix; shorter ones would match half the archive. */
const PREFIX_MIN_LENGTH = 3

/**
 * An FTS5 MATCH expression for what a person typed, or null when there is nothing to search.
 * Every word is a quoted string (FTS5 syntax, "Strings": a `"` inside is doubled), so no input
 * can be read as an operator or raise a syntax error; the last word (of three characters or
 * more) also matches as a prefix, for searching as one types. CJK runs match their characters as a phrase in the `cjk` column.
 * All terms must match (AND).
 */
export function matchExpression(input: string): string | null {
  const terms = searchTerms(input)
  if (terms.length === 0) return null
  return terms
    .map((term, index) => {
      if (term.kind === 'cjk') return `cjk : "${term.chars.join(' ')}"`
      const quoted = `"${term.text.replaceAll('"', '""')}"`
      const prefix = index === terms.length - 1 && [...term.text].length >= PREFIX_MIN_LENGTH
      return `${TEXT_COLUMNS} : ${quoted}${prefix ? '*' : ''}`
    })
    .join(' AND ')
}

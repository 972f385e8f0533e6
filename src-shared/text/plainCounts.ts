// Counting Latin text without Intl.Segmenter (1–3 µs a character in V8): the few word-break
// classes of UAX #29 that Latin letters, digits, spaces and everyday punctuation have, applied
// by hand. countText.ts sends here only stretches of these characters; the equivalence test
// (countText.test.ts) holds the counts to Intl.Segmenter's over every character of the table.

const SLOW = 0
const SPACE = 1
const LETTER = 2 // UAX #29 ALetter
const DIGIT = 3 // Numeric
const JOINER = 4 // ExtendNumLet: _
const MID_LETTER = 5 // MidLetter: joins letters (a:b, l·l)
const MID_NUM_LET = 6 // MidNumLet: joins letters or digits (U.S, 1.5, don’t)
const QUOTE = 7 // Single_Quote: as MidNumLet here (no Hebrew in this table)
const MID_NUM = 8 // MidNum: joins digits (3,000)
const OTHER = 9 // breaks on both sides, never part of a word

const LATIN = new Uint8Array(0x250)
const PUNCTUATION = new Uint8Array(0x2028 - 0x2010).fill(OTHER) // U+2010–U+2027: dashes, quotes, ellipsis

function fill(from: number, to: number, kind: number): void {
  LATIN.fill(kind, from, to + 1)
}
fill(0x21, 0x7e, OTHER)
fill(0x30, 0x39, DIGIT)
fill(0x41, 0x5a, LETTER)
fill(0x61, 0x7a, LETTER)
fill(0xa0, 0xbf, OTHER)
fill(0xc0, 0x24f, LETTER) // Latin-1 letters, Latin Extended-A and -B
for (const code of [0x09, 0x0a, 0x0d, 0x20]) LATIN[code] = SPACE
for (const code of [0xaa, 0xb5, 0xba]) LATIN[code] = LETTER // ª µ º
for (const code of [0xd7, 0xf7]) LATIN[code] = OTHER // × ÷
for (const code of [0x3a, 0xb7]) LATIN[code] = MID_LETTER // : ·
for (const code of [0x2c, 0x3b]) LATIN[code] = MID_NUM // , ;
LATIN[0x5f] = JOINER
LATIN[0x2e] = MID_NUM_LET
LATIN[0x27] = QUOTE
LATIN[0xad] = SLOW // soft hyphen: a Format character, ignored inside a word (a­b is one word)
LATIN[0xb8] = SLOW // cedilla: ICU joins a¸b, 1¸2 and a¸1 (found by the equivalence test)
PUNCTUATION[0x2018 - 0x2010] = MID_NUM_LET // ‘
PUNCTUATION[0x2019 - 0x2010] = MID_NUM_LET // ’
PUNCTUATION[0x2024 - 0x2010] = MID_NUM_LET // ․
PUNCTUATION[0x2027 - 0x2010] = MID_LETTER // ‧

function kindOf(code: number): number {
  if (code < 0x250) return LATIN[code]!
  return code >= 0x2010 && code < 0x2028 ? PUNCTUATION[code - 0x2010]! : SLOW
}

/**
 * Whether a UTF-16 code unit is one this file counts: tab, line feed, carriage return, space,
 * printable ASCII, Latin-1 and Latin Extended-A/B (U+00A0–U+024F, not the soft hyphen or the cedilla) and the
 * punctuation U+2010–U+2027. Each is one grapheme cluster on its own (CR LF together are one),
 * and none is a combining mark, a joiner or a format character.
 */
export function isPlain(code: number): boolean {
  return kindOf(code) !== SLOW
}

/** Whether a code unit is a space, tab or line break: words and grapheme clusters end there. */
export function isPlainSpace(code: number): boolean {
  return kindOf(code) === SPACE
}

/**
 * Words in `text[start, end)`, all plain (see `isPlain`), that starts and ends at whitespace
 * or at the text's ends: UAX #29 rules WB5–WB13b for these classes. Letters, digits and `_`
 * join (WB5, WB8–WB10, WB13a/b); one MidLetter/MidNumLet/quote between letters (WB6/7) or one
 * MidNum/MidNumLet/quote between digits (WB11/12) joins; anything else breaks. A run counts as
 * a word when it holds a letter or a digit (a lone `_` does not), as `segmenterWords` counts.
 */
export function plainWords(text: string, start: number, end: number): number {
  let words = 0
  let inRun = false
  let counts = false
  for (let i = start; i < end; i++) {
    const kind = kindOf(text.charCodeAt(i))
    if (kind === LETTER || kind === DIGIT || kind === JOINER) {
      if (!inRun) (inRun = true), (counts = false)
      if (kind !== JOINER) counts = true
      continue
    }
    if (inRun && i + 1 < end && joins(kind, kindOf(text.charCodeAt(i - 1)), kindOf(text.charCodeAt(i + 1)))) continue
    if (inRun && counts) words++
    inRun = false
  }
  return inRun && counts ? words + 1 : words
}

function joins(middle: number, before: number, after: number): boolean {
  if (before === LETTER && after === LETTER) return middle === MID_LETTER || middle === MID_NUM_LET || middle === QUOTE
  if (before === DIGIT && after === DIGIT) return middle === MID_NUM || middle === MID_NUM_LET || middle === QUOTE
  return false
}

/** Grapheme clusters in `text[start, end)`, all plain: one a code unit, CR LF one together. */
export function plainCharacters(text: string, start: number, end: number): number {
  let characters = end - start
  for (let i = start + 1; i < end; i++) if (text.charCodeAt(i) === 0x0a && text.charCodeAt(i - 1) === 0x0d) characters--
  return characters
}

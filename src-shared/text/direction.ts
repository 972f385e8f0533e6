import type { TextDirection } from '../editor/bodyExtensions'

// Languages written right to left (CLDR character order "right-to-left").
const RTL_LANGUAGES = new Set(['ar', 'ckb', 'dv', 'fa', 'he', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi'])

/**
 * The text direction of a BCP 47 language tag (`ur`, `ar-EG`, `en-GB`), from its primary
 * subtag; a script subtag wins when present (`pa-Arab` is right to left, `sd-Deva` is not).
 */
export function directionOf(language: string): TextDirection {
  const [primary = '', ...rest] = language.toLowerCase().split('-')
  const script = rest.find((part) => part.length === 4)
  if (script) return ['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm', 'rohg'].includes(script) ? 'rtl' : 'ltr'
  return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr'
}

/**
 * The language of a story's text, by its script, for sources that do not say (plain text, most
 * Word files): Arabic script with Urdu's own letters (ٹ ڈ ڑ ں ے ۔) is Urdu, with Persian's (پ چ ژ گ)
 * and none of Urdu's Persian, else Arabic; Devanagari Hindi; Han Chinese; kana Japanese; anything
 * else English (a Latin-script page gives no reliable sign of which language it is).
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 20_000)
  const count = (pattern: RegExp) => sample.match(pattern)?.length ?? 0
  const letters = count(/\p{L}/gu) || 1
  if (count(/[\p{Script=Arabic}]/gu) / letters > 0.4) {
    if (count(/[ٹڈڑںےۓ۔ھ]/gu) > 0) return 'ur'
    return count(/[پچژگ]/gu) > 0 ? 'fa' : 'ar'
  }
  if (count(/[\p{Script=Devanagari}]/gu) / letters > 0.4) return 'hi'
  if (count(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) > 0) return 'ja'
  if (count(/[\p{Script=Han}]/gu) / letters > 0.4) return 'zh'
  return 'en'
}

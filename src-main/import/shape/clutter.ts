/**
 * Site clutter: the text a news page puts around a story, which a person copying the page takes
 * with it. Each rule is written from what news sites print (share bars, subscribe prompts,
 * advertisement labels, "Also read" links, lists of other headlines with "2 hours ago", footers,
 * slogans), in English and Urdu, and gives the reason the import report shows.
 */

const SHARE_WORDS = new Set([
  'share', 'shares', 'shared', 'tweet', 'twitter', 'x', 'facebook', 'whatsapp', 'linkedin', 'email', 'e-mail', 'mail', 'print', 'copy', 'link', 'copied',
  'pinterest', 'telegram', 'reddit', 'messenger', 'save', 'url', 'this', 'article', 'story', 'on', 'via', 'gift', 'threads', 'bluesky', 'flipboard',
  'شیئر', 'کریں', 'فیس', 'بک', 'واٹس', 'ایپ', 'ٹوئٹر', 'ای', 'میل',
])
const SHARE_CORE = /^(?:share|tweet|facebook|whatsapp|linkedin|pinterest|telegram|reddit|شیئر|فیس|واٹس|ٹوئٹر|copy)$/iu

// [pattern, reason, most words, whether a full sentence (ending . ! ? ۔) can be this clutter]
const RULES: [pattern: RegExp, reason: string, maxWords: number, sentence: boolean][] = [
  [/\b(?:subscribe|subscription|newsletters?|sign up|sign in|log ?in|register now|news alerts?|breaking alerts?|get (?:the )?(?:latest|breaking)|download (?:our|the) app|install (?:our|the) app|follow us|join (?:us|our)|turn on notifications|enable notifications|whatsapp channel|support (?:our|independent) journalism|become a (?:member|subscriber))\b|سبسکرائب|ہمیں فالو کریں/iu, 'subscribe prompt', 14, false],
  [/\blogo\b/iu, 'logo text', 6, true],
  [/^(?:advertisement|advertising|sponsored(?: content)?|ads?|promoted(?: content)?|paid (?:post|content)|story continues below(?: this)?(?: ad| advertisement)?|scroll (?:down )?to continue(?: reading)?|continue reading(?: below)?|اشتہار)$/iu, 'advertisement', 8, true],
  [/^(?:also read|read also|read more|more|related|see also|watch|listen|must read|recommended|you may like|مزید پڑھیں|یہ بھی پڑھیں)\s*[:\-–—|]\s*\S/iu, 'link to another story', 30, true],
  [/^(?:updated|published|posted|last updated)\b.*\bago$/iu, 'relative time (“… ago”)', 8, false],
  [/(?:^|[\s\-–—|•·])(?:\d+|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|months?|years?)\s+ago\s*$|(?:^|[\s\-–—|•·])(?:just now)\s*$|\d+\s*(?:گھنٹے|منٹ|دن)\s*(?:پہلے|قبل)\s*$/iu, 'list of other stories (with “… ago” times)', 40, false],
  [/^(?:©|\(c\)|copyright\b)|\ball rights reserved\b|\bterms (?:of (?:use|service)|and conditions)\b|\bprivacy policy\b|\bcookie (?:policy|settings)\b|جملہ حقوق/iu, 'site footer', 30, true],
  [/^(?:\d+\s+)?comments?$|^comments?\s*\(\d+\)$|^(?:leave|post|add|view|show|read)\s+(?:a\s+|all\s+|the\s+)?comments?\b|^تبصرے$|^تبصرہ کریں$/iu, 'comments', 8, true],
  [/^(?:home|news)\s*[>»/›|]\s*\S/iu, 'breadcrumb', 12, true],
  [/^(?:click|tap) here\b|^open in (?:the )?app$|^(?:listen to|play) (?:this )?(?:article|story)\b|^\d+\s*min(?:ute)?s? read$|^text size$|^(?:a\s*){2,3}$|^font size\b|^print this (?:page|article)$|^back to top$|^skip to (?:main )?(?:content|navigation)$|^(?:menu|search|close|open menu)$|^(?:reuse|republish|reprint) this (?:content|article|story)$/iu, 'page furniture', 8, true],
  [/^published in .{2,40}?,? (?:on )?\p{L}+ \d{1,2}(?:st|nd|rd|th)?,? \d{4}$/iu, 'print-edition note', 12, true],
  [/\b(?:most trusted|leading|largest|number one|no\.?\s?1)\b.*\b(?:news|newspaper|channel|network|source|site|media)\b|\bnews you can (?:trust|use)\b|\bvoice of\b|\bsince (?:18|19|20)\d\d\b|^our standards\b|\btrust principles\b/iu, 'site slogan', 12, false],
  [/^(?:breaking(?: news)?|just in|live|ticker|trending)\s*[:|–—-]\s*\S/iu, 'news ticker', 25, false],
]

/**
 * Why a line is clutter ("share buttons", "subscribe prompt", …), or null when it is not.
 * Each rule has a length limit, so a paragraph of the story that happens to say "subscribe"
 * or "copyright" is never dropped.
 */
export function clutterReason(line: string): string | null {
  const text = line.replace(/\s+/g, ' ').trim()
  if (!text) return null
  // "Advertisement · Scroll to continue": a line of several pieces is clutter when each piece is.
  const pieces = text.split(/\s+[·|•]\s+/)
  if (pieces.length > 1) {
    const reasons = pieces.map(clutterReason)
    if (reasons.every(Boolean)) return reasons[0]!
  }
  const words = text.split(' ')
  if (isShareBar(words)) return 'share buttons'
  const sentence = /[.!?۔؟]["”’')]*$/u.test(text)
  for (const [pattern, reason, maxWords, sentenceToo] of RULES) {
    if (words.length <= maxWords && (sentenceToo || !sentence) && pattern.test(text)) return reason
  }
  return null
}

/** "Twitter Share Facebook Share WhatsApp Share", "Share this article", "شیئر کریں". */
function isShareBar(words: string[]): boolean {
  if (words.length > 16) return false
  const clean = words.map((word) => word.toLowerCase().replace(/[^\p{L}\p{M}-]/gu, '')).filter(Boolean)
  return clean.length > 0 && clean.every((word) => SHARE_WORDS.has(word)) && clean.some((word) => SHARE_CORE.test(word))
}

const LIST_HEADINGS =
  /^(?:most (?:read|popular|viewed|shared|commented)|popular(?: (?:now|stories|news))?|trending(?: (?:now|stories|news|topics))?|related(?: (?:stories|articles|news|coverage|content|posts|topics))?|(?:you|we think you) (?:might|may) (?:also )?like|recommended(?: (?:for you|stories|reading))?|more (?:from|on|in|stories|news|to read|coverage)\b.*|latest(?: (?:news|stories|updates))?|top (?:stories|news)|editor'?s picks|don'?t miss|in case you missed it|read (?:more|next)|also read|explore more on these topics|more on this story|what to read next|around the web|from the web|سب سے زیادہ پڑھی جانے والی(?: خبریں)?|مقبول ترین|متعلقہ خبریں|تازہ ترین(?: خبریں)?|مزید خبریں|یہ بھی پڑھیں|مزید پڑھیں)\s*:?$/iu

/**
 * True for the heading of a list of other stories ("Most Read", "Related stories", "You might
 * also like", "مقبول ترین"): after the story, it and everything it lists is clutter.
 */
export function isListHeading(line: string): boolean {
  const text = line.replace(/\s+/g, ' ').trim()
  return text.length <= 60 && LIST_HEADINGS.test(text)
}

import nspell from 'nspell'

/** A loaded Hunspell dictionary, as nspell reads it. */
export type Dictionary = ReturnType<typeof nspell>

/**
 * The spelling dictionaries Newsdesk ships (Hunspell, from wooorm/dictionaries), by story
 * language. A bare `en` accepts British or American spelling, as desks that take copy from
 * both do; `en-GB` and `en-US` hold to one. Languages not listed get no spelling check.
 */
const DICTIONARIES: Record<string, { name: string; load: (() => Promise<{ default: { aff: Uint8Array; dic: Uint8Array } }>)[] }> = {
  en: { name: 'English (British or American)', load: [() => import('dictionary-en-gb'), () => import('dictionary-en')] },
  'en-GB': { name: 'English (British)', load: [() => import('dictionary-en-gb')] },
  'en-US': { name: 'English (American)', load: [() => import('dictionary-en')] },
}

const loaded = new Map<string, Promise<{ name: string; dictionaries: Dictionary[] } | null>>()

/**
 * The dictionaries for a language tag (`en`, `en-GB`, …), loaded once per process: about
 * 0.25 s and 20 MB each, so only on first use. Resolves to null for a language without one.
 */
export function dictionariesFor(language: string): Promise<{ name: string; dictionaries: Dictionary[] } | null> {
  const entry = DICTIONARIES[language]
  if (!entry) return Promise.resolve(null)
  let pending = loaded.get(language)
  if (!pending) {
    pending = Promise.all(entry.load.map(async (load) => nspell((await load()).default as { aff: Buffer; dic: Buffer }))).then((dictionaries) => ({ name: entry.name, dictionaries }))
    loaded.set(language, pending)
  }
  return pending
}

/** A Content-Security-Policy as directives → their sources, e.g. `script-src` → [`'self'`]. */
export type Policy = Map<string, string[]>

/** Reads the policy of the page's `<meta http-equiv="Content-Security-Policy">`; null when there is none. */
export function policyOf(html: string): Policy | null {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)
  if (!meta) return null
  const policy: Policy = new Map()
  for (const part of meta[1]!.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (name) policy.set(name.toLowerCase(), sources)
  }
  return policy
}

/**
 * What makes the policy less than strict, in words (empty when it is strict): no `default-src
 * 'none'` fallback; script sources other than the app itself (no inline, no eval, no host, no
 * scheme such as data: or blob:); plugins, `<base>` and form posts not shut; styles inline;
 * connections or any fetch directive reaching off the app (images may also be data:/blob:, which
 * cannot carry script).
 */
export function strictnessProblems(policy: Policy): string[] {
  const problems: string[] = []
  const only = (directive: string, allowed: readonly string[]) => {
    const sources = policy.get(directive) ?? policy.get('default-src') ?? []
    const extra = sources.filter((source) => !allowed.includes(source))
    if (extra.length > 0) problems.push(`${directive} allows ${extra.join(' ')}`)
  }
  if ((policy.get('default-src') ?? []).join(' ') !== "'none'") problems.push(`default-src is "${(policy.get('default-src') ?? []).join(' ')}", not 'none'`)
  only('script-src', ["'self'"])
  only('style-src', ["'self'"])
  only('connect-src', ["'self'"])
  only('font-src', ["'self'"])
  only('img-src', ["'self'", 'data:', 'blob:'])
  for (const directive of ['object-src', 'base-uri', 'form-action']) {
    if ((policy.get(directive) ?? []).join(' ') !== "'none'") problems.push(`${directive} is not 'none'`)
  }
  for (const [directive, sources] of policy) {
    if (sources.some((source) => source === '*' || /^https?:/i.test(source) || source.includes("'unsafe-") || source.includes('wasm-unsafe'))) problems.push(`${directive} has ${sources.join(' ')}`)
  }
  return problems
}

import type { Credit, CreditRole } from '../domain/credit'

/** Names joined in news style: `A`, `A and B`, `A, B and C` (no serial comma). */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? ''
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}

/** The byline of a story from its `author` credits: `By News Desk`, `By A and B`; empty with no author. */
export function renderByline(credits: readonly Credit[]): string {
  const authors = credits.filter((credit) => credit.role === 'author').map((credit) => credit.name)
  return authors.length ? `By ${joinNames(authors)}` : ''
}

const LINE_LABELS: Record<Exclude<CreditRole, 'author'>, [one: string, many: string]> = {
  reporter: ['Reporter', 'Reporters'],
  additional_reporting: ['Additional reporting', 'Additional reporting'],
  photographer: ['Photographer', 'Photographers'],
}

/** The credit lines at the foot of a story, one per role in a fixed order: `Reporter: Awais Kiyani`. */
export function renderCreditLines(credits: readonly Credit[]): string[] {
  return (Object.keys(LINE_LABELS) as (keyof typeof LINE_LABELS)[]).flatMap((role) => {
    const names = credits.filter((credit) => credit.role === role).map((credit) => credit.name)
    if (names.length === 0) return []
    const [one, many] = LINE_LABELS[role]
    return [`${names.length === 1 ? one : many}: ${joinNames(names)}`]
  })
}

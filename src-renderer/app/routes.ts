import { Inbox, Newspaper, Images, Send, Settings, Users, type LucideIcon } from 'lucide-react'

/** The views of the left navigation, in order. The id is also the URL hash (`#stories`). */
export const ROUTES = [
  { id: 'queue', label: 'Queue', icon: Inbox },
  { id: 'stories', label: 'Stories', icon: Newspaper },
  { id: 'people', label: 'People', icon: Users },
  { id: 'pictures', label: 'Pictures', icon: Images },
  { id: 'outbox', label: 'Outbox', icon: Send },
  { id: 'settings', label: 'Settings', icon: Settings },
] as const satisfies readonly { id: string; label: string; icon: LucideIcon }[]

export type RouteId = (typeof ROUTES)[number]['id']

/** The route named by a hash such as `#people`, or Stories when it names none. */
export function routeFromHash(hash: string): RouteId {
  const id = hash.replace(/^#\/?/, '')
  return ROUTES.find((route) => route.id === id)?.id ?? 'stories'
}

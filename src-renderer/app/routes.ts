import { ClipboardList, Images, Inbox, Newspaper, Send, Settings, Users, type LucideIcon } from 'lucide-react'

/** The views of the left navigation, in order. The id is also the URL hash (`#stories`). */
export const ROUTES = [
  { id: 'mine', label: 'My stories', icon: ClipboardList },
  { id: 'queue', label: 'Queue', icon: Inbox },
  { id: 'stories', label: 'Stories', icon: Newspaper },
  { id: 'people', label: 'People', icon: Users },
  { id: 'pictures', label: 'Pictures', icon: Images },
  { id: 'outbox', label: 'Outbox', icon: Send },
  { id: 'settings', label: 'Settings', icon: Settings },
] as const satisfies readonly { id: string; label: string; icon: LucideIcon }[]

export type RouteId = (typeof ROUTES)[number]['id']

/** Where the app is: a navigation view, or one story open in the editor (`#story/<id>`). */
export type Location = { view: RouteId } | { view: 'story'; storyId: string }

/** The location named by a hash such as `#people` or `#story/0190…`; Stories when it names none. */
export function locationFromHash(hash: string): Location {
  const path = hash.replace(/^#\/?/, '')
  const story = /^story\/([0-9a-f-]{36})$/i.exec(path)
  if (story?.[1]) return { view: 'story', storyId: story[1] }
  return { view: ROUTES.find((route) => route.id === path)?.id ?? 'stories' }
}

/** The hash of a location. */
export function hashOf(location: Location): string {
  return location.view === 'story' ? `story/${location.storyId}` : location.view
}

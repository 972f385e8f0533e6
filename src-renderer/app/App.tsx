import { Suspense, useState } from 'react'
import type { Person } from '../../src-shared/domain/person'
import { newsdesk } from '../api/newsdesk'
import { QueueView } from '../features/queue/QueueView'
import { ChooseProfile } from '../features/profile/ChooseProfile'
import { useProfile } from '../features/profile/useProfile'
import { ImportDropZone } from '../features/import/ImportDropZone'
import { ImportedStoryFrame, OutboxView, PeopleView, PicturesView, SettingsView, StoriesView, StoryScreen, usePrefetchViews } from './lazyViews'
import { Navigation } from './Navigation'
import type { Location } from './routes'
import { StatusBar } from './StatusBar'
import { useRoute } from './useRoute'

/** The shell: navigation on the left, the chosen view, and the status bar along the bottom. */
export function App() {
  const [location, go] = useRoute()
  const profile = useProfile()
  const [switching, setSwitching] = useState(false)
  usePrefetchViews()
  if (!newsdesk) return <NoBridge />
  if (profile.person === undefined) return null
  if (profile.person === null || switching) {
    return (
      <ChooseProfile
        onChosen={(person) => (profile.choose(person), setSwitching(false))}
        {...(switching ? { onCancel: () => setSwitching(false) } : {})}
      />
    )
  }
  const current = location.view === 'story' ? 'stories' : location.view
  return (
    <div className="shell">
      <Navigation current={current} onGo={(view) => go({ view })} />
      <main className={location.view === 'story' ? 'shell-main shell-main-story' : 'shell-main'}>
        <Suspense fallback={<p className="muted">Opening…</p>}>
          <View location={location} go={go} person={profile.person} />
        </Suspense>
      </main>
      <StatusBar person={profile.person} onSwitch={() => setSwitching(true)} />
      <ImportDropZone onImported={(storyId) => go({ view: 'story', storyId })} />
    </div>
  )
}

function View({ location, go, person }: { location: Location; go: (location: Location) => void; person: Person }) {
  const open = (storyId: string) => go({ view: 'story', storyId })
  switch (location.view) {
    case 'story':
      return (
        <ImportedStoryFrame key={location.storyId} storyId={location.storyId}>
          {(generation) => <StoryScreen key={`${location.storyId}:${generation}`} storyId={location.storyId} person={person} onClose={() => go({ view: 'stories' })} />}
        </ImportedStoryFrame>
      )
    case 'mine':
      return <StoriesView key="mine" mine onOpen={open} />
    case 'stories':
      return <StoriesView key="all" onOpen={open} />
    case 'queue':
      return <QueueView onOpen={open} />
    case 'people':
      return <PeopleView />
    case 'pictures':
      return <PicturesView onOpen={open} />
    case 'outbox':
      return <OutboxView />
    case 'settings':
      return <SettingsView />
  }
}

function NoBridge() {
  return (
    <div className="no-bridge" role="alert">
      <h1>Newsdesk is not connected</h1>
      <p>This page needs the Newsdesk app (or its test host) to reach the story database.</p>
    </div>
  )
}

import { newsdesk } from '../api/newsdesk'
import { NotBuiltView } from '../features/placeholder/NotBuiltView'
import { SettingsView } from '../features/settings/SettingsView'
import { StoriesView } from '../features/stories/StoriesView'
import { StoryScreen } from '../features/story/StoryScreen'
import { Navigation } from './Navigation'
import type { Location } from './routes'
import { StatusBar } from './StatusBar'
import { useRoute } from './useRoute'

/** The shell: navigation on the left, the chosen view, and the status bar along the bottom. */
export function App() {
  const [location, go] = useRoute()
  if (!newsdesk) return <NoBridge />
  const current = location.view === 'story' ? 'stories' : location.view
  return (
    <div className="shell">
      <Navigation current={current} onGo={(view) => go({ view })} />
      <main className={location.view === 'story' ? 'shell-main shell-main-story' : 'shell-main'}>
        <View location={location} go={go} />
      </main>
      <StatusBar />
    </div>
  )
}

function View({ location, go }: { location: Location; go: (location: Location) => void }) {
  switch (location.view) {
    case 'story':
      return <StoryScreen key={location.storyId} storyId={location.storyId} onClose={() => go({ view: 'stories' })} />
    case 'stories':
      return <StoriesView onOpen={(storyId) => go({ view: 'story', storyId })} />
    case 'settings':
      return <SettingsView />
    default:
      return <NotBuiltView route={location.view} />
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

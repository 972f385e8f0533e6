import { newsdesk } from '../api/newsdesk'
import { NotBuiltView } from '../features/placeholder/NotBuiltView'
import { SettingsView } from '../features/settings/SettingsView'
import { StoriesView } from '../features/stories/StoriesView'
import { useStories } from '../features/stories/useStories'
import { Navigation } from './Navigation'
import type { RouteId } from './routes'
import { StatusBar } from './StatusBar'
import { useRoute } from './useRoute'

/** The shell: navigation on the left, the chosen view, and the status bar along the bottom. */
export function App() {
  const [route, go] = useRoute()
  if (!newsdesk) return <NoBridge />
  return (
    <div className="shell">
      <Navigation current={route} onGo={go} />
      <main className="shell-main" aria-live="polite">
        <View route={route} />
      </main>
      <StatusBar />
    </div>
  )
}

function View({ route }: { route: RouteId }) {
  switch (route) {
    case 'stories':
      return <StoriesRoute />
    case 'settings':
      return <SettingsView />
    default:
      return <NotBuiltView route={route} />
  }
}

function StoriesRoute() {
  const stories = useStories()
  return <StoriesView {...stories} />
}

function NoBridge() {
  return (
    <div className="no-bridge" role="alert">
      <h1>Newsdesk is not connected</h1>
      <p>This page needs the Newsdesk app (or its test host) to reach the story database.</p>
    </div>
  )
}

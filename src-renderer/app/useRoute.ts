import { useCallback, useEffect, useState } from 'react'
import { routeFromHash, type RouteId } from './routes'

/** The current view, kept in the URL hash so a reload comes back to it. */
export function useRoute(): [RouteId, (route: RouteId) => void] {
  const [route, setRoute] = useState<RouteId>(() => routeFromHash(window.location.hash))
  useEffect(() => {
    const onHashChange = () => setRoute(routeFromHash(window.location.hash))
    window.addEventListener('hashchange', onHashChange)
    return () => window.removeEventListener('hashchange', onHashChange)
  }, [])
  const go = useCallback((next: RouteId) => {
    window.location.hash = next
  }, [])
  return [route, go]
}

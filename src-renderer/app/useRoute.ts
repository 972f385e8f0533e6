import { useCallback, useEffect, useState } from 'react'
import { hashOf, locationFromHash, type Location } from './routes'

/** The current location, kept in the URL hash so a reload comes back to it. */
export function useRoute(): [Location, (location: Location) => void] {
  const [location, setLocation] = useState<Location>(() => locationFromHash(window.location.hash))
  useEffect(() => {
    const onHashChange = () => setLocation(locationFromHash(window.location.hash))
    window.addEventListener('hashchange', onHashChange)
    return () => window.removeEventListener('hashchange', onHashChange)
  }, [])
  const go = useCallback((next: Location) => {
    window.location.hash = hashOf(next)
  }, [])
  return [location, go]
}

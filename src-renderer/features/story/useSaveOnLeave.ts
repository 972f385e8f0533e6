import { useEffect } from 'react'

/**
 * Saves what is unsaved when the person leaves the story: the screen unmounts, the window is
 * hidden or closed (`pagehide`, `beforeunload`, `visibilitychange`). `save(false, true)` is
 * called as for a page going away: it must not wait for a save already under way.
 */
export function useSaveOnLeave(save: (checkpoint: boolean, unloading: boolean) => Promise<boolean>): void {
  useEffect(() => {
    const flush = () => void save(false, true)
    const onVisibility = () => document.visibilityState === 'hidden' && flush()
    window.addEventListener('pagehide', flush)
    window.addEventListener('beforeunload', flush)
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      window.removeEventListener('pagehide', flush)
      window.removeEventListener('beforeunload', flush)
      document.removeEventListener('visibilitychange', onVisibility)
      flush()
    }
  }, [save])
}

import { useCallback, useEffect, useRef, useState } from 'react'
import { LOCK_HEARTBEAT_MS, type StoryLock } from '../../../src-shared/domain/lock'
import { newsdesk } from '../../api/newsdesk'

/**
 * Holds the story's edit lock while the screen is open: claims it on open, renews it every
 * `LOCK_HEARTBEAT_MS`, releases it on close. When someone else holds it the story is
 * read-only and the hook keeps looking; when an editor takes it over, `onLost` runs first
 * (the screen saves the person's text) before the story turns read-only.
 */
export function useStoryLock(storyId: string, onLost: () => Promise<void>): { lock: StoryLock | null; takeOver: () => Promise<void> } {
  const [lock, setLock] = useState<StoryLock | null>(null)
  const held = useRef(false)
  const lost = useRef(onLost)
  lost.current = onLost

  const claim = useCallback(
    async (takeOver = false) => {
      const result = await newsdesk!.locks.claim({ storyId, takeOver })
      if (!result.ok) return
      if (held.current && !result.value.mine) await lost.current()
      held.current = result.value.mine
      // Renewing our own lock moves only its `expiresAt`, which the screen does not show: keeping
      // the old value spares the story screen a re-render (and React a walk of the editor's
      // text) every heartbeat. Someone else's lapse time is shown, so theirs always updates.
      const next = result.value
      setLock((previous) => (previous?.mine && next.mine && previous.holderId === next.holderId ? previous : next))
    },
    [storyId],
  )

  useEffect(() => {
    void claim()
    const timer = setInterval(() => void claim(), LOCK_HEARTBEAT_MS)
    return () => {
      clearInterval(timer)
      if (held.current) void newsdesk!.locks.release({ storyId })
    }
  }, [claim, storyId])

  return { lock, takeOver: () => claim(true) }
}

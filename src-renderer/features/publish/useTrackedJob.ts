import { useEffect, useRef, useState } from 'react'
import type { OutboxJob } from '../../../src-shared/domain/publishing'
import { newsdesk } from '../../api/newsdesk'

/** How often a job queued from the story screen is looked up while it is on its way (ms). */
export const TRACK_POLL_MS = 1_500

/**
 * Follows one outbox job queued from this screen until it is sent, fails or is canceled,
 * reading the outbox every `TRACK_POLL_MS`. `onSettled` runs once when the job leaves
 * queued/sending (the story's state and publications have changed by then).
 */
export function useTrackedJob(onSettled: (job: OutboxJob) => void): [OutboxJob | null, (job: OutboxJob | null) => void] {
  const [job, setJob] = useState<OutboxJob | null>(null)
  const [tick, setTick] = useState(0)
  const settled = useRef(onSettled)
  settled.current = onSettled
  const reported = useRef<string | null>(null)

  const moving = job !== null && (job.state === 'queued' || job.state === 'sending')
  useEffect(() => {
    if (!job || !moving) return
    const timer = setTimeout(async () => {
      const result = await newsdesk!.outbox.list({ limit: 100 })
      const now = result.ok ? result.value.find((candidate) => candidate.id === job.id) : undefined
      if (now) setJob(now)
      setTick((n) => n + 1)
    }, TRACK_POLL_MS)
    return () => clearTimeout(timer)
  }, [job, moving, tick])

  useEffect(() => {
    if (!job || moving) return
    const key = `${job.id}:${job.state}`
    if (reported.current === key) return
    reported.current = key
    settled.current(job)
  }, [job, moving])

  return [job, setJob]
}

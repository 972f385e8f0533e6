import { useCallback, useEffect, useRef, useState } from 'react'
import type { NewsdeskError, Result } from '../../../src-shared/contract/errors'

/** The latest answer of a polled call, its error (the last value stays shown), and a way to ask now. */
export interface Polled<T> {
  value: T | null
  error: NewsdeskError | null
  reload: () => Promise<void>
}

/**
 * Calls `load` now and then every `intervalMs` (ms) while the component is mounted: the next
 * call starts only after the previous one answered, so a slow main process never piles calls
 * up, and a hidden window skips its turns. Simple and offline-safe: it only reads local data.
 * `load` may change identity on every render; the latest one is used. A new `restartKey` (e.g. a
 * changed filter) asks at once instead of at the next turn.
 */
export function usePolled<T>(load: () => Promise<Result<T>>, intervalMs: number, restartKey?: string): Polled<T> {
  const [value, setValue] = useState<T | null>(null)
  const [error, setError] = useState<NewsdeskError | null>(null)
  const latest = useRef(load)
  latest.current = load
  const mounted = useRef(true)
  const asked = useRef(0)

  const reload = useCallback(async () => {
    // Only the newest question's answer is shown: an older one (a filter since changed) is dropped.
    const ticket = ++asked.current
    const result = await latest.current()
    if (!mounted.current || ticket !== asked.current) return
    if (result.ok) {
      // The same answer again keeps the old value: a new object would re-render (and commit) the
      // view every turn, and each React commit costs the story editor a walk of its text.
      setValue((previous) => (previous !== null && JSON.stringify(previous) === JSON.stringify(result.value) ? previous : result.value))
      setError(null)
    } else setError(result.error)
  }, [])

  useEffect(() => {
    mounted.current = true
    return () => void (mounted.current = false)
  }, [])

  useEffect(() => {
    let active = true
    let timer: ReturnType<typeof setTimeout> | undefined
    const tick = async () => {
      if (document.visibilityState !== 'hidden') await reload()
      if (active) timer = setTimeout(() => void tick(), intervalMs)
    }
    void tick()
    return () => {
      active = false
      clearTimeout(timer)
    }
  }, [reload, intervalMs, restartKey])

  return { value, error, reload }
}

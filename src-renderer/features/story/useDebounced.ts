import { useEffect, useState } from 'react'

/** `value`, updated only after it stopped changing for `delayMs`. Keeps work such as counting off the keystroke path. */
export function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs)
    return () => clearTimeout(timer)
  }, [value, delayMs])
  return settled
}

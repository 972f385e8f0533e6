import { useEffect, type RefObject } from 'react'

/**
 * The WAI-ARIA toolbar pattern: the toolbar is one Tab stop, and the arrow keys (Home, End)
 * move between its controls. The control last focused keeps the stop, so Tab back into the
 * toolbar lands where the person left it. Forms opened inside it (the link form) keep their
 * own Tab order.
 */
export function useRovingFocus(toolbar: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = toolbar.current
    if (!root) return
    const items = () => [...root.querySelectorAll<HTMLElement>('button, input')].filter((item) => !item.closest('form'))
    const keep = (current: HTMLElement | undefined) => items().forEach((item) => (item.tabIndex = item === current ? 0 : -1))
    keep(items()[0])

    const onFocus = (event: FocusEvent) => {
      const target = event.target as HTMLElement
      if (items().includes(target)) keep(target)
    }
    const onKey = (event: KeyboardEvent) => {
      const list = items()
      const at = list.indexOf(event.target as HTMLElement)
      if (at < 0) return
      const step: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: list.length - 1 }
      const next = step[event.key]
      if (next === undefined) return
      event.preventDefault()
      list[(next + list.length) % list.length]?.focus()
    }
    root.addEventListener('focusin', onFocus)
    root.addEventListener('keydown', onKey)
    return () => {
      root.removeEventListener('focusin', onFocus)
      root.removeEventListener('keydown', onKey)
    }
  }, [toolbar])
}

/** Payloads no generator makes: a getter that throws, Proxies that throw on every trap, a cycle, a very deep nesting. */
export function hostilePayloads(): [label: string, payload: unknown][] {
  const cycle: Record<string, unknown> = { headline: 'loop' }
  cycle['self'] = cycle
  let deep: unknown = 'bottom'
  for (let level = 0; level < 100_000; level++) deep = [deep]
  const trap = new Proxy(
    {},
    {
      get: () => {
        throw new Error('proxy trap')
      },
      ownKeys: () => {
        throw new Error('proxy trap')
      },
      getPrototypeOf: () => {
        throw new Error('proxy trap')
      },
      has: () => {
        throw new Error('proxy trap')
      },
    },
  )
  return [
    ['a getter that throws', Object.defineProperty({}, 'id', { enumerable: true, get: () => { throw new Error('getter trap') } })],
    ['a Proxy that throws on every trap', trap],
    ['a cycle', cycle],
    ['100,000 nested arrays', deep],
    ['an object with a null prototype', Object.assign(Object.create(null) as object, { id: '0190c3e2-7b1a-7cc3-9d2e-123456789abc' })],
    ['a function', () => 'x'],
    ['a symbol', Symbol('x')],
    ['a bigint', 10n ** 30n],
    ['a Date', new Date(Number.NaN)],
    ['a Map', new Map([['id', 'x']])],
  ]
}

/** A seeded source of numbers in [0, 1), so a failing run can be replayed with its seed. */
export interface Random {
  readonly seed: number
  next(): number
  /** An integer in [min, max]. */
  int(min: number, max: number): number
  /** One element of `items`. */
  pick<T>(items: readonly T[]): T
}

/**
 * mulberry32 (a small, well-mixed 32-bit generator). The seed comes from `RELIABILITY_SEED`
 * when set, else from the clock; every test prints it with its figures.
 */
export function seededRandom(seed: number = Number(process.env['RELIABILITY_SEED'] ?? Date.now() % 2 ** 31)): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    seed,
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
  }
}

import { mulberry32 } from '../../src-main/testing/mulberry32'

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
 * `mulberry32`. The seed comes from `RELIABILITY_SEED`
 * when set, else from the clock; every test prints it with its figures.
 */
export function seededRandom(seed: number = Number(process.env['RELIABILITY_SEED'] ?? Date.now() % 2 ** 31)): Random {
  const next = mulberry32(seed)
  return {
    seed,
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
  }
}

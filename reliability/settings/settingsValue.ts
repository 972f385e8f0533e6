/** Write `n`'s value: about 256 KB (so one write takes long enough to be killed in), tagged with `n` at both ends. */
export function settingsValue(n: number): { n: number; text: string; end: number } {
  return { n, text: `${n}:`.padEnd(256 * 1024, 'x'), end: n }
}

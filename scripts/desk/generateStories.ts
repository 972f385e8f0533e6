// Fills a Newsdesk database with generated stories, for benchmarks and for looking at a big desk.
//   npm run generate -- --count 100000 --data-dir /tmp/desk-100k [--seed 42]
// Seeded, so the same arguments give the same stories (see storyGenerator.ts). Stories are added
// to what the database already holds.
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { DATABASE_FILE_NAME } from '../../src-main/db/openDatabase'
import { generateStories } from './storyGenerator'

const USAGE = 'usage: npm run generate -- --data-dir DIR [--count 100000] [--seed 42]'

/** Prints why the arguments are wrong, and how to call it, then exits 2 (no stack: it is a person's typo). */
function refuse(why: string): never {
  console.error(`${why}\n${USAGE}`)
  process.exit(2)
}

function wholeNumber(name: string, text: string, min: number): number {
  const value = Number(text)
  if (!/^\d+$/.test(text) || value < min) refuse(`--${name} must be a whole number of at least ${min}, not “${text}”.`)
  return value
}

let values: { count: string; 'data-dir'?: string; seed: string }
try {
  values = parseArgs({ options: { count: { type: 'string', default: '100000' }, 'data-dir': { type: 'string' }, seed: { type: 'string', default: '42' } } }).values
} catch (error) {
  refuse((error as Error).message)
}
const dataDir = values['data-dir'] ?? refuse('Give --data-dir: the folder of the database to fill (created if missing).')
const count = wholeNumber('count', values.count, 1)
const seed = wholeNumber('seed', values.seed, 0)

const ms = generateStories(dataDir, { count, seed, onProgress: (written) => process.stdout.write(`\r${written} / ${count} stories`) })
console.log(`\nadded ${count} stories to ${join(dataDir, DATABASE_FILE_NAME)} in ${(ms / 1000).toFixed(1)} s`)

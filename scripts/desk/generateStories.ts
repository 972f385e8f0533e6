// Fills a Newsdesk database with generated stories, for benchmarks and for looking at a big desk.
//   npm run generate -- --count 100000 --data-dir /tmp/desk-100k [--seed 42]
// Seeded, so the same arguments give the same stories (see storyGenerator.ts).
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { DATABASE_FILE_NAME } from '../../src-main/db/openDatabase'
import { generateStories } from './storyGenerator'

const { values } = parseArgs({ options: { count: { type: 'string', default: '100000' }, 'data-dir': { type: 'string' }, seed: { type: 'string', default: '42' } } })
if (!values['data-dir']) throw new Error('give --data-dir: the folder of the database to fill')
const count = Number(values.count)
if (!Number.isInteger(count) || count < 1) throw new Error(`--count must be a whole number above 0, not ${values.count}`)

const ms = generateStories(values['data-dir'], { count, seed: Number(values.seed), onProgress: (written) => process.stdout.write(`\r${written} / ${count} stories`) })
console.log(`\nwrote ${count} stories to ${join(values['data-dir'], DATABASE_FILE_NAME)} in ${(ms / 1000).toFixed(1)} s`)

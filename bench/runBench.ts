// `npm run bench` runs P1–P7; `npm run bench -- P3 P6` runs some. Flags:
//   --tiny      tiny inputs (what the quick check in `npm test` runs): proves it runs, measures nothing
//   --profile   also writes CPU profiles (renderer: CDP; see README for Node's --cpu-prof) and prints the hottest functions
// A full run writes bench/results/latest.json (rows of the benchmarks that ran replace their old ones).
import { join, resolve } from 'node:path'
import { BENCH_CACHE } from './benchDesk'
import { markdownNotes, markdownTable, writeResults } from './resultsTable'
import { runBenchmarks } from './runBenchmarks'

const RESULTS_FILE = resolve(__dirname, 'results', 'latest.json')

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const tiny = args.includes('--tiny')
  const profile = args.includes('--profile')
  const ids = args.filter((arg) => !arg.startsWith('--'))
  const profileDir = profile ? join(BENCH_CACHE, 'profiles') : undefined
  const { rows, machine, ran } = await runBenchmarks({ ids, tiny, profileDir, log: (line) => console.log(line) })
  console.log(`\n${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}, Chromium ${machine.chromium}, ${machine.platform}, load average ${machine.loadAverage.toFixed(1)}\n`)
  console.log(markdownTable(rows))
  console.log(`\n${markdownNotes(rows)}`)
  if (tiny || profile) return console.log('\n(tiny or profiled run: results not written)')
  writeResults(RESULTS_FILE, machine, ran, rows)
  console.log(`\nwritten to ${RESULTS_FILE}`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})

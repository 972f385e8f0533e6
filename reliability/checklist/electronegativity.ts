import { execFile } from 'node:child_process'
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { makeTempDir } from '../../src-main/testing/tempDir'

const ROOT = resolve(import.meta.dirname, '..', '..')
/** The Electron this app is built with: pinned, so the scan needs no network to learn it. */
const ELECTRON_VERSION = (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version

/** One Electronegativity finding. */
export interface Finding {
  id: string
  file: string
  line: number
  severity: string
  confidence: string
  manualReview: boolean
  description: string
}

/**
 * Runs @doyensec/electronegativity 1.10 on the source (src-main, src-preload, src-renderer,
 * src-shared and package.json, copied to a temp folder so nothing else is scanned), offline:
 * - `electronVersionOverride` (`-e`) pins the Electron version instead of detecting it;
 * - `excludeFromScan` (`-x AvailableSecurityFixesGlobalCheck`) drops the one check that needs
 *   the network (it downloads Electron's release list from GitHub to look for newer patches);
 * - its start-up fetch of translations cannot be turned off: it gives up after its 1 s timeout
 *   and uses the bundled English ones (LANG=en-US, so the messages are the same everywhere).
 * Run in a child process: the tool installs a global `__` and writes to the console.
 */
export async function runElectronegativity(): Promise<{ findings: Finding[]; checks: number; errors: number; ms: number }> {
  const started = performance.now()
  const temp = makeTempDir('newsdesk-r5-eneg-')
  try {
    const input = join(temp.dir, 'newsdesk')
    for (const part of ['src-main', 'src-preload', 'src-renderer', 'src-shared', 'package.json']) cpSync(join(ROOT, part), join(input, part), { recursive: true })
    const script = join(temp.dir, 'scan.cjs')
    writeFileSync(
      script,
      `const run = require(${JSON.stringify(join(ROOT, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'runner.js'))});
(run.default || run)({ input: ${JSON.stringify(input)}, customScan: [], excludeFromScan: ['availablesecurityfixesglobalcheck'], isRelative: true, isVerbose: false, electronVersionOverride: ${JSON.stringify(ELECTRON_VERSION)}, parserPlugins: [] }, false)
  .then((result) => process.stdout.write('\\n@@' + JSON.stringify({ checks: result.globalChecks + result.atomicChecks, errors: result.errors.length,
    findings: result.issues.map((issue) => ({ id: issue.id, file: issue.file, line: issue.location.line, severity: issue.severity.name, confidence: issue.confidence.name, manualReview: Boolean(issue.manualReview), description: issue.description })) })))
  .catch((error) => { console.error(error); process.exit(1) })`,
    )
    const { stdout } = await promisify(execFile)(process.execPath, [script], { env: { ...process.env, LANG: 'en-US' }, maxBuffer: 16 * 1024 * 1024 })
    const report = JSON.parse(stdout.slice(stdout.indexOf('\n@@') + 3)) as { findings: Finding[]; checks: number; errors: number }
    return { ...report, ms: Math.round(performance.now() - started) }
  } finally {
    temp.remove()
  }
}

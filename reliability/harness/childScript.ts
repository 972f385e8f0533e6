import { build } from 'esbuild'
import { spawn, type ChildProcess } from 'node:child_process'
import { join, resolve } from 'node:path'
import { makeTempDir } from '../../src-main/testing/tempDir'

const ROOT = resolve(import.meta.dirname, '..', '..')

/** A child script bundled to one CommonJS file, and how to start it. */
export interface ChildScript {
  /** Starts `node <bundle> ...args` with stdin, stdout and stderr piped. */
  spawn(args: string[]): ChildProcess
  /** Removes the bundle. */
  remove(): void
}

/**
 * Bundles a TypeScript entry (and the real services it imports) with esbuild into one file in a
 * temp folder, leaving only the native better-sqlite3 outside. The kill loops start a child
 * hundreds of times: a bundle starts in about half the time of `node --import tsx` on these
 * machines, and it runs exactly the code the app runs. (esbuild is tsx's own compiler.)
 */
export async function bundleChild(entry: string): Promise<ChildScript> {
  const temp = makeTempDir('newsdesk-child-')
  const outfile = join(temp.dir, 'child.cjs')
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, external: ['better-sqlite3'], logLevel: 'error' })
  return {
    spawn: (args) =>
      spawn(process.execPath, [outfile, ...args], {
        stdio: ['pipe', 'pipe', 'pipe'],
        // The bundle lives in a temp folder: let it find the project's better-sqlite3.
        env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') },
      }),
    remove: temp.remove,
  }
}

/** Calls `onLine` with each complete line the stream writes. */
export function onLines(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let pending = ''
  stream.setEncoding('utf8')
  stream.on('data', (chunk: string) => {
    pending += chunk
    let newline: number
    while ((newline = pending.indexOf('\n')) >= 0) {
      onLine(pending.slice(0, newline))
      pending = pending.slice(newline + 1)
    }
  })
}

/** A running child driven by lines: send a command, wait for the answer that starts with a word. */
export interface DrivenChild {
  send(line: string): void
  /** The next line (not yet taken) that starts with `prefix`; rejects after `timeoutMs` or when the child ends. */
  next(prefix: string, timeoutMs?: number): Promise<string>
  /** Ends the child and waits for it. */
  close(): Promise<void>
}

/** Starts `script` with `args` and wraps it as a DrivenChild; its stderr is kept for error messages. */
export function driveChild(script: ChildScript, args: string[]): DrivenChild {
  const child = script.spawn(args)
  const lines: string[] = []
  const waiting = new Set<() => void>()
  let stderr = ''
  let ended = false
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  onLines(child.stdout!, (line) => {
    lines.push(line)
    for (const wake of waiting) wake()
  })
  const exited = new Promise<void>((done) => child.on('close', () => ((ended = true), waiting.forEach((wake) => wake()), done())))
  return {
    send: (line) => void child.stdin!.write(`${line}\n`),
    next: (prefix, timeoutMs = 20_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => finish(new Error(`no "${prefix}" from the child within ${timeoutMs} ms; stderr: ${stderr.slice(0, 2000)}`)), timeoutMs)
        const finish = (error?: Error, line?: string) => {
          clearTimeout(timer)
          waiting.delete(check)
          if (error) reject(error)
          else resolve(line!)
        }
        const check = () => {
          const index = lines.findIndex((line) => line.startsWith(prefix))
          if (index >= 0) return finish(undefined, lines.splice(index, 1)[0])
          if (ended) finish(new Error(`the child ended before "${prefix}"; stderr: ${stderr.slice(0, 2000)}`))
        }
        waiting.add(check)
        check()
      }),
    close: async () => {
      if (!ended) child.kill()
      await exited
    },
  }
}

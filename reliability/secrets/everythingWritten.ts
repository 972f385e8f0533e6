import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

/** Every file under `folder`, recursively, as bytes (the database, its -wal, settings, backups, pictures). */
export function everyFile(folder: string): { path: string; bytes: Buffer }[] {
  const files: { path: string; bytes: Buffer }[] = []
  for (const name of readdirSync(folder)) {
    const path = join(folder, name)
    if (statSync(path).isDirectory()) files.push(...everyFile(path).map((file) => ({ ...file, path: join(name, file.path) })))
    else files.push({ path: relative(folder, path), bytes: readFileSync(path) })
  }
  return files
}

/** Where any of `needles` occurs in `haystacks` (by name); case-sensitive bytes, also as UTF-16 for the database's text. */
export function findNeedles(haystacks: { path: string; bytes: Buffer }[], needles: string[]): string[] {
  const found: string[] = []
  for (const { path, bytes } of haystacks) {
    for (const needle of needles) {
      if (bytes.includes(Buffer.from(needle, 'utf8')) || bytes.includes(Buffer.from(needle, 'utf16le'))) found.push(`${path}: ${needle.slice(0, 12)}…`)
    }
  }
  return found
}

/** Captures everything the process prints (console and the std streams) until `stop()`. */
export function captureOutput(): { stop: () => string } {
  const chunks: string[] = []
  const originals = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr), log: console.log, error: console.error, warn: console.warn, info: console.info }
  const keep = (...parts: unknown[]) => void chunks.push(parts.map((part) => (part instanceof Error ? `${part.stack}` : typeof part === 'string' ? part : JSON.stringify(part))).join(' '))
  process.stdout.write = ((chunk: string | Uint8Array) => (chunks.push(String(chunk)), true)) as typeof process.stdout.write
  process.stderr.write = ((chunk: string | Uint8Array) => (chunks.push(String(chunk)), true)) as typeof process.stderr.write
  console.log = console.error = console.warn = console.info = keep
  return {
    stop() {
      process.stdout.write = originals.out
      process.stderr.write = originals.err
      Object.assign(console, { log: originals.log, error: originals.error, warn: originals.warn, info: originals.info })
      return chunks.join('\n')
    },
  }
}

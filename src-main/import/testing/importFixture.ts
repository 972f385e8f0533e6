import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Result } from '../../../src-shared/contract/errors'
import type { ImportResult } from '../../../src-shared/domain/importReport'
import type { TestDesk } from '../../testing/testDesk'

/** Where the import fixtures live: e2e/fixtures/import (page shapes), e2e/fixtures (the seed page), the ninjs examples. */
export const FIXTURES = {
  pages: join(import.meta.dirname, '..', '..', '..', 'e2e', 'fixtures', 'import'),
  seed: join(import.meta.dirname, '..', '..', '..', 'e2e', 'fixtures', 'seed-article.txt'),
  ninjs: join(import.meta.dirname, '..', '..', 'export', 'ninjs-schema', 'examples'),
}

/** Sends a file's bytes through the `import:file` channel, as the renderer does. */
export function importBytes(desk: TestDesk, name: string, bytes: Uint8Array, zone = 'Asia/Karachi'): Promise<Result<ImportResult>> {
  return desk.call<ImportResult>('import:file', { name, bytes, zone })
}

/** Imports a file from disk and fails the test with the service's message if the import fails. */
export async function importFile(desk: TestDesk, path: string, zone = 'Asia/Karachi'): Promise<ImportResult> {
  const name = path.split('/').pop()!
  const result = await importBytes(desk, name, new Uint8Array(readFileSync(path)), zone)
  if (!result.ok) throw new Error(`import of ${name}: ${result.error.message}`)
  return result.value
}

/** The body's top-level blocks as plain text (paragraph, heading…), in order. */
export function blockTexts(result: ImportResult): string[] {
  const text = (node: { text?: string; content?: unknown[] }): string => node.text ?? (node.content ?? []).map((child) => text(child as typeof node)).join('')
  return (result.story.body.content ?? []).map((node) => text(node as { content?: unknown[] }))
}

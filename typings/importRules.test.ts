import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

// Proves the layer rules are enforced by the compiler: a probe file placed in a layer's
// config is type-checked with that config, and the forbidden import must fail.
const ROOT = resolve(import.meta.dirname, '..')
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc')
const work = mkdtempSync(join(ROOT, 'typings', '.probe-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

function typecheck(layerConfig: string, source: string): { ok: boolean; output: string } {
  const name = layerConfig.replace(/\W/g, '_')
  const probe = join(work, `${name}.ts`)
  const config = join(work, `${name}.json`)
  writeFileSync(probe, source)
  writeFileSync(config, JSON.stringify({ extends: join(ROOT, layerConfig), include: [probe] }))
  const result = spawnSync(process.execPath, [TSC, '-p', config], { encoding: 'utf8' })
  return { ok: result.status === 0, output: result.stdout + result.stderr }
}

describe('import rules', () => {
  it.each([
    ['tsconfig.web.json', 'node:fs', "import { readFileSync } from 'node:fs'\nexport const probe = readFileSync"],
    ['tsconfig.web.json', 'electron', "import { ipcRenderer } from 'electron'\nexport const probe = ipcRenderer"],
    ['tsconfig.shared.json', 'electron', "import { app } from 'electron'\nexport const probe = app"],
    ['tsconfig.shared.json', 'node:path', "import { join } from 'node:path'\nexport const probe = join"],
    ['tsconfig.node.json', 'electron', "import { BrowserWindow } from 'electron'\nexport const probe = BrowserWindow"],
    ['tsconfig.node.json', 'electron-store', "import { default as Store } from 'electron-store'\nexport const probe = Store"],
    ['tsconfig.web.json', 'electron-store', "import { default as Store } from 'electron-store'\nexport const probe = Store"],
    ['tsconfig.shared.json', 'conf', "import { default as Conf } from 'conf'\nexport const probe = Conf"],
  ])('%s refuses an import of %s', (config, module, source) => {
    const result = typecheck(config, source)
    expect(result.ok).toBe(false)
    expect(result.output).toMatch(new RegExp(`Module '"${module}"' has no (exported member|default export)`))
  })

  it('the Electron layer may import electron (the check is not failing for some other reason)', () => {
    const result = typecheck('tsconfig.electron.json', "import { app } from 'electron'\nexport const probe = app")
    expect(result.output).toBe('')
    expect(result.ok).toBe(true)
  })
})

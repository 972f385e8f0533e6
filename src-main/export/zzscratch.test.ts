import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { it } from 'vitest'
import { validateNinjs } from './validateNinjs'
it('peek', () => {
  const dir = join(import.meta.dirname, 'ninjs-schema', 'examples')
  for (const f of readdirSync(dir)) {
    const doc = JSON.parse(readFileSync(join(dir, f), 'utf8'))
    console.log(f, JSON.stringify(validateNinjs(doc, f.startsWith('2.1') ? '2.1' : '2.2')), JSON.stringify(validateNinjs(doc)))
  }
  console.log(JSON.stringify(validateNinjs({ uri: 'x', firstcreated: '2024-06-01T13:23:00+0500', foo: 1, type: 'blah', associations: [{ name: 'a', renditions: [{ href: 'nope' }] }], places: [{ geojson: { type: 'Point', coordinates: [1] } }] }), null, 1))
  console.log(JSON.stringify(validateNinjs({ uri: 'urn:uuid:01a22b78-395e-733d-a5f4-dedb4db9bafd', places: [{ geojson: { type: 'Point', coordinates: [1, 2] } }] })))
  console.log(JSON.stringify(validateNinjs([])))
})

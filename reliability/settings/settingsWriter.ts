/**
 * The settings kill test's child: opens settings.json through the real Node settings code
 * (conf, electron-store's engine) and rewrites it forever with a large value, printing
 * `ack <n>` after each write returned. Usage: node child.cjs <folder>
 */
import { writeSync } from 'node:fs'
import { openNodeSettings } from '../../src-main/settings/nodeSettings'
import { settingsValue } from './settingsValue'

const folder = process.argv[2]
if (!folder) throw new Error('usage: child.cjs <folder>')
void openNodeSettings(folder).then((settings) => {
  writeSync(1, 'opened\n')
  for (let n = 1; ; n++) {
    settings.set('reliability.value', settingsValue(n))
    writeSync(1, `ack ${n}\n`)
  }
})

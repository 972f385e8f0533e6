/**
 * R1's child: opens the database through the real code (openDatabase: header probe, WAL,
 * synchronous=FULL, migrations), creates a story with the real story service, then saves it in
 * a loop forever. Each line on stdout is written with a blocking write AFTER the call returned,
 * i.e. after SQLite committed, so the parent knows exactly which saves were acknowledged:
 *   opening | created <id> | ack <id> <version> <n>
 * Usage: node child.cjs <database path>
 */
import { writeSync } from 'node:fs'
import { systemContext } from '../../src-main/app/serviceContext'
import { openDatabase } from '../../src-main/db/openDatabase'
import { createStoryService } from '../../src-main/stories/storyService'
import { fieldsForSave } from './crashStory'

function say(line: string): void {
  writeSync(1, `${line}\n`)
}

const path = process.argv[2]
if (!path) throw new Error('usage: child.cjs <database path>')
say('opening')
const { store } = openDatabase(path, { appVersion: 'reliability' })
const stories = createStoryService(store, systemContext(() => 'person:kill-test'))
let story = stories.create({ headline: 'Kill test' })
say(`created ${story.id}`)
for (let n = 1; ; n++) {
  story = stories.save({ id: story.id, baseVersion: story.version, fields: fieldsForSave(story, n) })
  say(`ack ${story.id} ${story.version} ${n}`)
}

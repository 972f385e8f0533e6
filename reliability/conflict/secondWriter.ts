/**
 * R6's second writer: another process on the same database (a second workstation window, a
 * script) saving the same story through the real story service, `count` times, each from the
 * version it last saw, reloading after a conflict as the editor's "Open the latest version" does.
 *   saved <n> <version> | conflict <n> | done
 * Usage: node child.cjs <database path> <story id> <count>
 */
import { writeSync } from 'node:fs'
import { systemContext } from '../../src-main/app/serviceContext'
import { ServiceError } from '../../src-main/app/serviceError'
import { openDatabase } from '../../src-main/db/openDatabase'
import { createStoryService } from '../../src-main/stories/storyService'
import { writerFields } from './writerFields'

const [path, id, count] = process.argv.slice(2)
const say = (line: string) => writeSync(1, `${line}\n`)
const { store } = openDatabase(path!, { appVersion: 'reliability' })
const stories = createStoryService(store, systemContext(() => 'person:second-writer'))
let story = stories.get({ id: id! })
for (let n = 1; n <= Number(count); n++) {
  try {
    story = stories.save({ id: id!, baseVersion: story.version, fields: writerFields(story, 'B', n) })
    say(`saved ${n} ${story.version}`)
  } catch (error) {
    if (!(error instanceof ServiceError) || error.code !== 'conflict') throw error
    say(`conflict ${n}`)
    story = stories.get({ id: id! })
  }
}
say('done')
store.close()

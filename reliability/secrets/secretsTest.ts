import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from 'vitest'
import type { OutboxJob } from '../../src-shared/domain/publishing'
import type { StoryDetail } from '../../src-shared/domain/storyDraft'
import { saveSeedStory } from '../../src-main/export/fixtures/seedStoryOnDesk'
import { startReceiver } from '../../src-main/publish/targets/testing/localServers'
import type { TestDesk } from '../../src-main/testing/testDesk'
import { makeTempDir } from '../../src-main/testing/tempDir'
import { ownFrame, startBuiltApp } from '../checklist/builtApp'
import { reportFigures } from '../harness/figures'
import { aesSafeStorage, encodingsOf } from './aesSafeStorage'
import { captureOutput, everyFile, findNeedles } from './everythingWritten'

/**
 * Secrets never in plain text: the BUILT app (stand-in electron, with real AES in place of the OS
 * key store) stores a bearer token and a WordPress application password, tests both connections
 * and publishes a story to a site that echoes the Authorization header back in its error answers
 * (a careless or hostile site API). Then every file the app wrote, everything it printed, every
 * export and every IPC answer is searched for the secrets in any encoding. Only ciphertext may be
 * in the settings file.
 */
export async function secretsTest(id: string): Promise<void> {
  const token = `nd-token-${randomBytes(12).toString('hex')}`
  const appPassword = Array.from({ length: 6 }, () => randomBytes(3).toString('hex').slice(0, 4)).join(' ')
  const user = 'desk-bot'
  let accept = false
  const site = await startReceiver((seen, response) => {
    const echo = `${seen.headers.authorization ?? ''} ${seen.body}`
    if (new URL(seen.url, 'http://x').searchParams.get('rest_route') === '/') return void response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ name: 'Echo site', namespaces: ['wp/v2'], authentication: { 'application-passwords': {} } }))
    if (seen.url.startsWith('/xmlrpc.php')) return void response.writeHead(200, { 'content-type': 'text/xml' }).end(`<?xml version="1.0"?><methodResponse><fault><value><struct><member><name>faultString</name><value><string>Bad login ${echo}</string></value></member></struct></value></fault></methodResponse>`)
    if (!accept || seen.url.includes('users/me')) return void response.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 'incorrect_password', message: `Not valid: ${echo}` }))
    response.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 'echo-1', url: 'https://echo.example/1' }))
  })
  const temp = makeTempDir('newsdesk-secrets-')
  const output = captureOutput()
  const answers: unknown[] = []
  let printed = ''
  let figures: Record<string, unknown> = {}
  try {
    const app = await startBuiltApp(temp.dir)
    Object.assign(app.electron.safeStorage, aesSafeStorage())
    const frame = ownFrame(app.record.windows[0]!.webContentsId)
    const call = async (channel: string, payload: unknown) => {
      const answer = (await app.record.handlers.get(channel)!(frame, payload)) as { ok: boolean; value?: unknown; error?: { message: string } }
      answers.push(answer)
      return answer
    }
    const value = async <T>(channel: string, payload: unknown) => {
      const answer = await call(channel, payload)
      if (!answer.ok) throw new Error(`${channel}: ${answer.error?.message}`)
      return answer.value as T
    }
    const desk = { value, call, workstation: {} } as unknown as TestDesk
    const person = await value<{ id: string }>('people:create', { name: 'Secret Keeper', roles: ['reporter', 'editor', 'publisher'] })
    await value('profile:set', { personId: person.id })
    const http = await value<{ id: string }>('publish:saveTarget', { kind: 'http', name: 'Echo endpoint', url: `${site.url}/stories`, secret: token, timeoutMs: 2_000 })
    const wordpress = await value<{ id: string }>('publish:saveTarget', { kind: 'wordpress', name: 'Echo WordPress', url: site.url, user, secret: appPassword, timeoutMs: 2_000 })
    const reports = [await value<{ message: string }>('publish:testConnection', { id: http.id }), await value<{ message: string }>('publish:testConnection', { id: wordpress.id })]

    let { story } = await saveSeedStory(desk, { assigneeId: person.id })
    for (const to of ['submitted', 'editing', 'ready']) story = await value<StoryDetail>('desk:move', { id: story.id, to, baseVersion: story.version })
    await value('publish:send', { storyId: story.id, targetId: http.id, action: 'publish' })
    const failed = await jobIn(value, 'failed')
    // The files as they are while the job shows its error (the -wal included): what a stolen laptop would hold.
    const whileFailed = everyFile(temp.dir).map((file) => ({ ...file, path: `${file.path} (while failed)` }))
    accept = true
    await value('outbox:retry', { id: failed.id })
    await jobIn(value, 'sent')
    for (const format of ['ninjs', 'html', 'markdown', 'text']) await value('publish:export', { storyId: story.id, format })
    await value('publish:targets', {})
    app.electron.app.emit('will-quit')

    printed = output.stop()
    const settings = JSON.parse(readFileSync(join(temp.dir, 'settings.json'), 'utf8')) as { publish?: { secrets?: Record<string, string> } }
    const files = everyFile(temp.dir)
    const needles = [...encodingsOf(token), ...encodingsOf(appPassword, user)]
    const found = findNeedles([...files, ...whileFailed, { path: '(printed)', bytes: Buffer.from(printed) }, { path: '(IPC answers and exports)', bytes: Buffer.from(JSON.stringify(answers)) }], needles)
    figures = { filesSearched: files.length + whileFailed.length, bytesSearched: [...files, ...whileFailed].reduce((sum, file) => sum + file.bytes.length, 0), printedBytes: printed.length, ipcAnswers: answers.length, needles: needles.length, found, failedJobError: failed.lastError?.slice(0, 160), connectionReports: reports.map((report) => report.message.slice(0, 160)) }
    expect(Object.keys(settings.publish?.secrets ?? {}).sort()).toEqual([http.id, wordpress.id].sort()) // as ciphertext only
    expect(found).toEqual([])
  } finally {
    if (!printed) output.stop()
    reportFigures(id, figures)
    await site.close()
    temp.remove()
  }
}

/** The newest outbox job once it is in `state` (the app's own worker sends it). */
async function jobIn(value: <T>(channel: string, payload: unknown) => Promise<T>, state: OutboxJob['state']): Promise<OutboxJob> {
  for (let tries = 0; tries < 200; tries++) {
    const [job] = await value<OutboxJob[]>('outbox:list', {})
    if (job?.state === state) return job
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`no outbox job became ${state}`)
}

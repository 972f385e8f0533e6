import { readStoryText, type StoryTextReport, type StoryTextRequest } from './readStoryText'

type Answer = { id: number; report: StoryTextReport }

let worker: Worker | null | undefined
let nextId = 0
const waiting = new Map<number, { resolve: (report: StoryTextReport) => void; request: StoryTextRequest }>()

/**
 * Counts and checks a story's plain text (`readStoryText`) in a Web Worker, so a long story's
 * half second of reading never lands between two keys. Where no worker can start (a page
 * without Worker, a policy that refuses it) or the worker fails, it reads on the main thread
 * in a task of its own instead: slower to type through, but the counts and checks still come.
 * Resolves with the report; never rejects.
 */
export function checkStoryText(text: string, language: string): Promise<StoryTextReport> {
  const request: StoryTextRequest = { id: ++nextId, text, language }
  return new Promise((resolve) => {
    const reader = startWorker()
    if (!reader) return void setTimeout(() => resolve(readStoryText(text, language)), 0)
    waiting.set(request.id, { resolve, request })
    reader.postMessage(request)
  })
}

function startWorker(): Worker | null {
  if (worker !== undefined) return worker
  try {
    worker = new Worker(new URL('./storyText.worker.ts', import.meta.url), { type: 'module', name: 'story-text' })
  } catch {
    return (worker = null)
  }
  worker.onmessage = ({ data }: MessageEvent<Answer>) => {
    waiting.get(data.id)?.resolve(data.report)
    waiting.delete(data.id)
  }
  worker.onerror = (event) => {
    // A worker that cannot load (or broke) answers nothing more: read what it was asked here.
    event.preventDefault()
    worker?.terminate()
    worker = null
    for (const { resolve, request } of waiting.values()) setTimeout(() => resolve(readStoryText(request.text, request.language)), 0)
    waiting.clear()
  }
  return worker
}

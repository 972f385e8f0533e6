// The story text reader's worker: counting and checking a long story takes its time here, not
// on the page's main thread, where it would hold up the next key.
import { readStoryText, type StoryTextReport, type StoryTextRequest } from './readStoryText'

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<StoryTextRequest>) => void) | null
  postMessage(answer: { id: number; report: StoryTextReport }): void
}

scope.onmessage = ({ data }) => scope.postMessage({ id: data.id, report: readStoryText(data.text, data.language) })

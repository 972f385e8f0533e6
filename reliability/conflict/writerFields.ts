import { fieldsOf, type StoryDetail, type StoryFields } from '../../src-shared/domain/storyDraft'

/** The headline of writer `who`'s save `n`: how the test tells every save and conflict copy apart. */
export function writerHeadline(who: string, n: number): string {
  return `Writer ${who}, save ${n}`
}

/** Writer `who`'s save `n` of the story: its own headline and a one-paragraph body. */
export function writerFields(story: StoryDetail, who: string, n: number): StoryFields {
  return { ...fieldsOf(story), headline: writerHeadline(who, n), body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Writer ${who} wrote this in save ${n}.` }] }] } }
}

import { fieldsOf, type StoryDetail, type StoryFields } from '../../src-shared/domain/storyDraft'

/** The headline of save number `n` of a crash-test story: how the parent recognises which save it sees. */
export function headlineFor(n: number): string {
  return `Kill test, save ${n}`
}

/** The words of save `n`'s body: one marker per paragraph, so a torn page would show as a mismatch. */
export function bodyMarker(n: number, paragraph: number): string {
  return `Paragraph ${paragraph} of save ${n}.`
}

/**
 * The fields of save `n`: a new headline and a body of six paragraphs of about 400 characters,
 * so a save writes several pages (story row, revision, search index) and a kill can land inside one.
 */
export function fieldsForSave(story: StoryDetail, n: number): StoryFields {
  const filler = 'The council met at dawn and the river kept rising while the reporters waited. '.repeat(5)
  const content = Array.from({ length: 6 }, (_, paragraph) => ({
    type: 'paragraph',
    content: [{ type: 'text', text: `${bodyMarker(n, paragraph)} ${filler}` }],
  }))
  return { ...fieldsOf(story), headline: headlineFor(n), body: { type: 'doc', content } }
}

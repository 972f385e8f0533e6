import type { NewsdeskError } from '../../../src-shared/contract/errors'

/** A failed save, for the status line: names the field when validation failed ("Headline must be …"). */
export function describeFailure(error: NewsdeskError): string {
  const issue = error.issues?.[0]
  if (!issue) return error.message
  const field = issue.path.split('.').filter((part) => part !== 'fields').map((part) => FIELD_NAMES[part] ?? part).join(' ')
  return `${field || 'The story'} ${issue.message}.`
}

const FIELD_NAMES: Record<string, string> = {
  headline: 'Headline',
  standfirst: 'Standfirst',
  slug: 'Slug',
  section: 'Section',
  tags: 'Tag',
  language: 'Language',
  datelinePlace: 'Dateline place',
  wordTarget: 'Word target',
  ednote: 'Ednote',
  credits: 'Credit',
  lead: 'Lead picture',
  caption: 'caption',
  alt: 'alt text',
}

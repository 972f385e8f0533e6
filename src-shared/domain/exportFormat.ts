import { z } from 'zod'

/** The file formats a story exports to (src-main/export/). */
export const EXPORT_FORMATS = ['ninjs', 'html', 'markdown', 'text'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** A story written out as a file: its suggested name (from the slug), media type and text. */
export const ExportedStory = z.object({
  fileName: z.string(),
  mime: z.string(),
  content: z.string(),
})
export type ExportedStory = z.infer<typeof ExportedStory>

import type { ImportReport, ImportResult } from '../../src-shared/domain/importReport'
import { fieldsOf } from '../../src-shared/domain/storyDraft'
import { ServiceError } from '../app/serviceError'
import type { Store } from '../db/store'
import type { PictureService } from '../pictures/pictureService'
import type { StoryService } from '../stories/storyService'
import { buildStoryFields } from './buildStoryFields'
import { readHtmlPage } from './html/readHtmlPage'
import type { ImportedStory } from './importedStory'
import { ImportNotes } from './importNotes'
import { matchCredits, readDirectory } from './matchCredits'
import { readDocx } from './readDocx'
import { readNinjs } from './readNinjs'
import { readPlainText } from './readPlainText'
import type { ShapeOptions } from './shape/storyShape'
import { sniffImport, type SniffedImport } from './sniffImport'
import { storePictures } from './storePictures'
import { noteSameHeadline } from './noteSameHeadline'
import { writeImportedStory } from './writeImportedStory'

/** How many import reports are kept in memory (the newest; they are for the person who just imported). */
const KEPT_REPORTS = 50

export interface ImportServiceOptions {
  store: Store
  stories: StoryService
  pictures: PictureService
  /** The desk's time zone, for times the source gives without one (default: this machine's, as the renderer's deskTimeZone). */
  deskZone?: () => string
}

/** Import: files in, structured drafts out, each with a report of what was done with the file. */
export interface ImportService {
  /**
   * Reads a file (see `sniffImport` for how its kind is decided) into a new draft, assigned to the
   * current person. Pictures the file carries are added to the library first; the story is then
   * written in one transaction. Times without a zone are read in `zone` (default: the desk's).
   * @throws ServiceError `invalid_input` for bad input (empty, binary, not a .docx, no article,
   * invalid ninjs); nothing is created then.
   */
  file(input: { name: string; bytes: Uint8Array; zone?: string | undefined }): Promise<ImportResult>
  /** The report of a story imported since the app started, unless dismissed; null otherwise. */
  report(storyId: string): ImportReport | null
  dismiss(storyId: string): void
  /**
   * Adds a file to the library and makes it the imported story's lead picture, with the caption,
   * alt text and credit the source gave the picture it was missing.
   * @throws ServiceError `not_found` (no report), `conflict` (no lead waiting, or the story has a lead now), `invalid_input` (not a picture).
   */
  attachLead(input: { storyId: string; picture: { name: string; bytes: Uint8Array } }): Promise<ImportResult>
}

export function createImportService(options: ImportServiceOptions): ImportService {
  const { store, stories, pictures } = options
  const deskZone = options.deskZone ?? (() => Intl.DateTimeFormat().resolvedOptions().timeZone)
  const reports = new Map<string, ImportReport>()

  function keep(report: ImportReport): void {
    reports.set(report.storyId, report)
    for (const oldest of reports.keys()) {
      if (reports.size <= KEPT_REPORTS) break
      reports.delete(oldest)
    }
  }

  return {
    async file({ name, bytes, zone = deskZone() }) {
      const sniffed = sniffImport(name, bytes)
      const notes = new ImportNotes()
      if ('encoding' in sniffed && sniffed.encoding === 'windows-1252') notes.look(null, 'The file was not UTF-8; it was read as Windows-1252. Check accented letters and quotes.')
      const directory = readDirectory(store)
      const imported = await readSource(name, sniffed, notes, { isKnownPerson: (person) => directory.isKnownPerson(person) })
      const credits = matchCredits(directory, imported.shape.credits, notes)
      const pictureIds = await storePictures(pictures, imported, notes)
      const fields = buildStoryFields(name, imported, credits, pictureIds, zone, notes)
      noteSameHeadline(store, fields.headline, notes)
      const story = writeImportedStory(store, stories, fields)
      const report: ImportReport = {
        storyId: story.id,
        source: { name, format: imported.format },
        zone,
        recognised: notes.recognised,
        dropped: notes.dropped,
        needsLook: notes.needsLook,
        // The lead picture first: it is the one a person adds from the report.
        pictures: [...notes.pictures].sort((a, b) => Number(b.role === 'lead') - Number(a.role === 'lead')).map((picture) => ({ ...picture, attached: false })),
      }
      keep(report)
      return { story, report }
    },

    report: (storyId) => reports.get(storyId) ?? null,
    dismiss: (storyId) => void reports.delete(storyId),

    async attachLead({ storyId, picture }) {
      const report = reports.get(storyId)
      if (!report) throw new ServiceError('not_found', 'This story’s import report is no longer open: add the picture under Lead picture.')
      const waiting = report.pictures.find((reference) => reference.role === 'lead' && !reference.attached)
      if (!waiting) throw new ServiceError('conflict', 'The import has no lead picture waiting for its file.')
      const added = await pictures.add(picture)
      const story = store.transaction(() => {
        const current = stories.get({ id: storyId })
        if (current.lead) throw new ServiceError('conflict', 'The story has a lead picture already: change it under Lead picture.')
        const lead = { pictureId: added.id, caption: waiting.caption || added.description.slice(0, 1000), alt: waiting.alt, credit: waiting.credit || added.credit.slice(0, 200) }
        return stories.save({ id: storyId, baseVersion: current.version, fields: { ...fieldsOf(current), lead } })
      })
      waiting.attached = true
      return { story, report }
    },
  }
}

function readSource(name: string, sniffed: SniffedImport, notes: ImportNotes, options: ShapeOptions): Promise<ImportedStory> | ImportedStory {
  switch (sniffed.format) {
    case 'docx':
      return readDocx(name, sniffed.bytes, notes, options)
    case 'ninjs':
      return readNinjs(name, sniffed.text, notes, options)
    case 'html':
      return readHtmlPage(name, sniffed.text, notes, options)
    case 'text':
      return readPlainText(name, sniffed.text, notes, options)
  }
}

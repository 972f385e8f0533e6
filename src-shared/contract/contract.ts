import { z } from 'zod'
import { channelName } from './channelNames'
import { AppInfo } from '../domain/appInfo'
import { Headline, LanguageTag, RowId, STORY_STATES, StoryFilters, StoryPage, StorySort, StoryState } from '../domain/story'
import { StoryMove } from '../domain/workflow'
import { CommentBody, StoryComment } from '../domain/comment'
import { StoryLock } from '../domain/lock'
import { Person, PersonInput } from '../domain/person'
import { Picture, PictureUpload } from '../domain/picture'
import { BodyJson, FieldsBesideBody, Revision, RevisionSummary, SavedStory, StoryDetail, StoryFields } from '../domain/storyDraft'
import { BodyPatch } from '../domain/bodyPatch'
import { NewsroomWord, SpellingReport } from '../checks/spelling'
import { ConnectionReport, JobState, OutboxJob, OutboxSummary, PublishAction, PublishTarget, PublishTargetInput, StoryPublication } from '../domain/publishing'
import { EXPORT_FORMATS, ExportedStory } from '../domain/exportFormat'
import { ImportFile, ImportLeadPicture, ImportReport, ImportResult } from '../domain/importReport'

/** A channel's two schemas: what the renderer may send, and what the main process answers. */
export interface ChannelSchemas<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I
  output: O
}

function channel<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): ChannelSchemas<I, O> {
  return { input, output }
}

/** The largest page of stories one call may ask for. */
export const STORY_PAGE_MAX = 500

/**
 * The IPC contract: every channel, named once, as `namespace.method`, with its input and
 * output schemas. The wire name of a channel is `namespace:method` (see `channelName`).
 * Main validates every input against it; the preload and the test host build
 * `window.newsdesk` from it; tests check each output against it.
 */
export const contract = {
  app: {
    /** Versions and where the data lives. */
    info: channel(z.object({}).strict(), AppInfo),
  },
  stories: {
    /** A page of live stories, most recently changed first. */
    list: channel(
      z
        .object({
          limit: z.number().int().min(1).max(STORY_PAGE_MAX).default(50),
          offset: z.number().int().min(0).default(0),
          /** Only stories assigned to the current person, most urgent deadline first ("My stories"). */
          mine: z.boolean().default(false),
          /** Words to find in headline, standfirst, body, credits and captions, taken literally ('' lists all). */
          query: z.string().max(200).default(''),
          /** Only stories in these desk states (all states when empty). */
          states: z.array(StoryState).max(STORY_STATES.length).default([]),
          /** Ignored while searching (best match first); default: last change, or deadline for "mine". */
          sort: StorySort.optional(),
          filters: StoryFilters.default({}),
        })
        .strict(),
      StoryPage,
    ),
    /** Creates a draft with the given headline (may be empty) and returns it at version 1. */
    create: channel(z.object({ headline: Headline, language: LanguageTag.optional() }).strict(), StoryDetail),
    /** One story by id with every field; `not_found` if it does not exist or was deleted. */
    get: channel(z.object({ id: RowId }).strict(), StoryDetail),
    /**
     * Saves every field; `baseVersion` is the version the editor started from. A stale one is
     * refused with `conflict` and the refused text is kept as a revision.
     */
    save: channel(
      z
        .object({ id: RowId, baseVersion: z.number().int().positive(), fields: StoryFields, checkpoint: z.boolean().default(false) })
        .strict(),
      StoryDetail,
    ),
    /**
     * The story screen's save: the fields, and of the body only what changed since
     * `baseVersion` (`bodyPatch`), or the whole `body` (the first save after opening, or after
     * a patch was refused), or neither when the body did not change. A stale `baseVersion`
     * with a whole body is refused as `save` refuses it (the text kept as a conflict copy); with
     * a patch it is refused as `conflict` without a copy, since the patch alone is not the
     * text: send the whole body to keep it. A patch that does not fit the stored body is
     * `invalid_input`. Answers without the body (`SavedStory`).
     */
    saveChanges: channel(
      z
        .object({
          id: RowId,
          baseVersion: z.number().int().positive(),
          fields: FieldsBesideBody.strict(),
          body: BodyJson.optional(),
          bodyPatch: BodyPatch.optional(),
          checkpoint: z.boolean().default(false),
        })
        .strict()
        .refine((input) => !(input.body && input.bodyPatch), { message: 'Send the whole body or a patch of it, not both.', path: ['bodyPatch'] }),
      SavedStory,
    ),
    /** A story's history (saves, conflict copies, restores), newest first. */
    revisions: channel(z.object({ storyId: RowId }).strict(), z.array(RevisionSummary)),
    /** One revision with its fields and HTML. */
    revision: channel(z.object({ id: RowId }).strict(), Revision),
    /** Makes an old revision the newest version (recorded as a restore). */
    restore: channel(
      z.object({ storyId: RowId, revisionId: RowId, baseVersion: z.number().int().positive() }).strict(),
      StoryDetail,
    ),
  },
  desk: {
    /** Moves a story by the workflow table (src-shared/domain/workflow.ts); refused moves say why. */
    move: channel(
      z
        .object({
          id: RowId,
          to: StoryState,
          note: z.string().max(2000).default(''),
          /** An editor's written reason to pass a story to ready despite blocking copy-desk checks. */
          override: z.string().max(2000).default(''),
          baseVersion: z.number().int().positive(),
        })
        .strict(),
      StoryDetail,
    ),
    /** A story's moves, oldest first. */
    moves: channel(z.object({ storyId: RowId }).strict(), z.array(StoryMove)),
  },
  locks: {
    /** Claims or renews the edit lock; with `takeOver`, an editor takes it from its holder. */
    claim: channel(z.object({ storyId: RowId, takeOver: z.boolean().default(false) }).strict(), StoryLock),
    release: channel(z.object({ storyId: RowId }).strict(), z.object({ released: z.literal(true) })),
  },
  comments: {
    /** A story's comments, oldest first (internal: never exported). */
    list: channel(z.object({ storyId: RowId }).strict(), z.array(StoryComment)),
    add: channel(z.object({ storyId: RowId, body: CommentBody }).strict(), StoryComment),
    /** Only the author may edit a comment. */
    edit: channel(z.object({ id: RowId, body: CommentBody }).strict(), StoryComment),
    resolve: channel(z.object({ id: RowId, resolved: z.boolean() }).strict(), StoryComment),
  },
  people: {
    /** The staff directory by name; `query` matches name, title, desk, email. */
    list: channel(z.object({ query: z.string().max(200).default(''), includeInactive: z.boolean().default(false) }).strict(), z.array(Person)),
    create: channel(PersonInput.strict(), Person),
    update: channel(PersonInput.extend({ id: RowId }).strict(), Person),
    /** Deactivate (or reactivate): credits stay, the person is no longer offered. */
    setActive: channel(z.object({ id: RowId, active: z.boolean() }).strict(), Person),
    /** Deletes someone no story credits; otherwise `conflict` (deactivate instead). */
    remove: channel(z.object({ id: RowId }).strict(), z.object({ removed: z.literal(true) })),
  },
  profile: {
    /** Who is using this workstation, or null before the first-start choice. */
    get: channel(z.object({}).strict(), z.object({ person: Person.nullable() })),
    /** Chooses who is using this workstation (kept in the settings file). */
    set: channel(z.object({ personId: RowId }).strict(), Person),
  },
  pictures: {
    /** Adds a file to the library (type from its bytes, stored once by SHA-256, metadata prefilled). */
    add: channel(PictureUpload.strict(), Picture),
    /** Pictures newest first; `query` matches description, credit, copyright, file name. */
    list: channel(z.object({ query: z.string().max(200).default(''), limit: z.number().int().min(1).max(500).default(200) }).strict(), z.array(Picture)),
    get: channel(z.object({ id: RowId }).strict(), Picture),
  },
  spelling: {
    /** Words of `text` (up to 1,000,000 characters) that the language's dictionary and the newsroom dictionary do not know. */
    check: channel(z.object({ text: z.string().max(1_000_000), language: LanguageTag }).strict(), SpellingReport),
    /** The newsroom dictionary, A to Z. */
    words: channel(z.object({}).strict(), z.array(z.string())),
    /** Adds a word to the newsroom dictionary; returns the dictionary. */
    addWord: channel(z.object({ word: NewsroomWord }).strict(), z.array(z.string())),
    /** Removes a word (`not_found` if absent); returns the dictionary. */
    removeWord: channel(z.object({ word: NewsroomWord }).strict(), z.array(z.string())),
  },
  publish: {
    /** The configured sites, without their secrets. */
    targets: channel(z.object({}).strict(), z.array(PublishTarget)),
    /** Adds (no `id`) or changes a site; the secret goes to the encrypted secret store, never the settings file. */
    saveTarget: channel(PublishTargetInput.strict(), PublishTarget),
    removeTarget: channel(z.object({ id: RowId }).strict(), z.object({ removed: z.literal(true) })),
    /** Asks the site who we are and names what went wrong (wrong password, stripped Authorization header, redirect, no rights, unreachable, TLS). */
    testConnection: channel(z.object({ id: RowId }).strict(), ConnectionReport),
    /**
     * Queues a publish, correction or unpublish of the story's current text to a site (publishers
     * only; the states allowed are PUBLISH_ACTIONS). The same version queued twice returns the first job.
     */
    send: channel(z.object({ storyId: RowId, targetId: RowId, action: PublishAction }).strict(), OutboxJob),
    /** Where the story is published, per site. */
    publications: channel(z.object({ storyId: RowId }).strict(), z.array(StoryPublication)),
    /** The story in a file format, for "Export to file…" (the ednote and comments are never in it). */
    export: channel(z.object({ storyId: RowId, format: z.enum(EXPORT_FORMATS) }).strict(), ExportedStory),
  },
  outbox: {
    /** Jobs, newest first (all states unless some are named). */
    list: channel(z.object({ states: z.array(JobState).max(5).default([]), limit: z.number().int().min(1).max(500).default(200) }).strict(), z.array(OutboxJob)),
    summary: channel(z.object({}).strict(), OutboxSummary),
    /** Queues a failed or waiting job to be tried now. */
    retry: channel(z.object({ id: RowId }).strict(), OutboxJob),
    /** Cancels a job not yet sent. */
    cancel: channel(z.object({ id: RowId }).strict(), OutboxJob),
  },
  import: {
    /**
     * Reads a file (a web page as text or HTML, a Word .docx, an IPTC ninjs 2.x item) into a new
     * draft, with a report of what was recognised, dropped as clutter, and needs a look.
     * Bad input (empty, binary, a .docx that is not one, no story text, invalid ninjs) is
     * `invalid_input` and creates nothing.
     */
    file: channel(ImportFile.strict(), ImportResult),
    /** The report of a story imported in this session, or null (none, dismissed, or the app restarted). */
    report: channel(z.object({ storyId: RowId }).strict(), ImportReport.nullable()),
    /** Closes a story's import report. */
    dismiss: channel(z.object({ storyId: RowId }).strict(), z.object({ dismissed: z.literal(true) })),
    /** Adds a file as the imported story's lead picture, with the caption and credit the source gave it. */
    attachLead: channel(ImportLeadPicture.strict(), ImportResult),
  },
} as const

export type Contract = typeof contract
export type Namespace = keyof Contract
export type Method<N extends Namespace> = keyof Contract[N] & string
type Schemas<N extends Namespace, M extends Method<N>> = Contract[N][M] extends ChannelSchemas ? Contract[N][M] : never

/** What the renderer passes to a channel (defaults may be omitted). */
export type ChannelInput<N extends Namespace, M extends Method<N>> = z.input<Schemas<N, M>['input']>
/** What a service receives after validation (defaults filled in). */
export type ParsedInput<N extends Namespace, M extends Method<N>> = z.output<Schemas<N, M>['input']>
/** What a channel resolves to on success. */
export type ChannelOutput<N extends Namespace, M extends Method<N>> = z.output<Schemas<N, M>['output']>

export { channelName } from './channelNames'

/** One entry per channel, in contract order: its wire name, place and schemas. */
export interface ChannelEntry {
  name: string
  namespace: Namespace
  method: string
  schemas: ChannelSchemas
}

/** Every channel of the contract, flattened. */
export function listChannels(): ChannelEntry[] {
  return (Object.keys(contract) as Namespace[]).flatMap((namespace) =>
    Object.entries(contract[namespace]).map(([method, schemas]) => ({
      name: channelName(namespace, method),
      namespace,
      method,
      schemas: schemas as ChannelSchemas,
    })),
  )
}

import { z } from 'zod'
import type { StaffRole } from './person'
import { Instant, RowId, StoryState } from './story'

/**
 * The three things a publisher does to a story on the site (issue 6). They are not desk moves:
 * each queues an outbox job, and the story changes state only when the site has taken it.
 * The whole table is here, as data; the main process refuses anything not in it.
 * - `from`: the states the story may be in; `to`: its state once the site confirms;
 * - `version`: what the published version becomes (`same` for unpublish: it cancels that one).
 */
export const PUBLISH_ACTIONS = [
  { action: 'publish', label: 'Publish', from: ['ready'], to: 'published', role: 'publisher', version: 'first' },
  { action: 'correct', label: 'Publish correction', from: ['published', 'corrected'], to: 'corrected', role: 'publisher', version: 'next' },
  { action: 'unpublish', label: 'Unpublish', from: ['published', 'corrected'], to: 'unpublished', role: 'publisher', version: 'same' },
] as const satisfies readonly { action: string; label: string; from: readonly StoryState[]; to: StoryState; role: StaffRole; version: 'first' | 'next' | 'same' }[]

export const PublishAction = z.enum(['publish', 'correct', 'unpublish'])
export type PublishAction = z.infer<typeof PublishAction>

/** The actions the table offers from a story state (before the role is checked). */
export function publishActionsFrom(state: StoryState) {
  return PUBLISH_ACTIONS.filter((entry) => (entry.from as readonly StoryState[]).includes(state))
}

/** Kinds of site: a generic HTTP endpoint taking ninjs JSON, or WordPress's REST API. */
export const TargetKind = z.enum(['http', 'wordpress'])
export type TargetKind = z.infer<typeof TargetKind>

/** An absolute http(s) URL, at most 2,000 characters. */
const SiteUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' })
  .max(2000)

/**
 * Where stories are published, as kept in the settings file. The secret (bearer token or
 * WordPress application password) is never part of it: it is stored apart, encrypted with
 * the operating system's key store (Electron safeStorage), and only `hasSecret` is shown.
 */
export const PublishTarget = z.object({
  id: RowId,
  kind: TargetKind,
  /** What the desk calls the site: "Website", "Urdu site". */
  name: z.string().trim().min(1).max(80),
  /** HTTP: the endpoint stories are POSTed to. WordPress: the site's address (the REST API is found under it). */
  url: SiteUrl,
  /** WordPress: the user the application password belongs to; empty for HTTP. */
  user: z.string().trim().max(120),
  /** Request timeout, in ms. */
  timeoutMs: z.number().int().min(1_000).max(300_000),
  hasSecret: z.boolean(),
})
export type PublishTarget = z.infer<typeof PublishTarget>

/** A target as the settings form sends it: `secret` undefined keeps the stored one, '' removes it. */
export const PublishTargetInput = PublishTarget.omit({ id: true, hasSecret: true }).extend({
  id: RowId.optional(),
  secret: z.string().max(4096).optional(),
  timeoutMs: z.number().int().min(1_000).max(300_000).default(30_000),
  user: z.string().trim().max(120).default(''),
})
export type PublishTargetInput = z.input<typeof PublishTargetInput>

/** Why a delivery failed, as the targets name it (src-main/publish/targets/publishFailure.ts). */
export const FailureReason = z.enum(['unreachable', 'timeout', 'tls', 'redirect', 'unauthorized', 'auth_header_stripped', 'forbidden', 'rejected', 'server', 'bad_response', 'invalid_export'])
export type FailureReason = z.infer<typeof FailureReason>

/** The answer to "Test connection": ok, or the named failure with what to do. */
export const ConnectionReport = z.object({
  ok: z.boolean(),
  reason: FailureReason.optional(),
  message: z.string(),
  user: z.string().optional(),
})
export type ConnectionReport = z.infer<typeof ConnectionReport>

/**
 * Where an outbox job stands: `queued` (waiting for its time, or for the network), `sending`,
 * `sent` (the site took it), `failed` (gave up, or refused for a reason retrying cannot fix;
 * "Retry now" queues it again), `canceled` (by a person, before it was sent).
 */
export const JOB_STATES = ['queued', 'sending', 'sent', 'failed', 'canceled'] as const
export const JobState = z.enum(JOB_STATES)
export type JobState = z.infer<typeof JobState>

/** One job of the outbox: a version of a story to put on (or take off) one site. */
export const OutboxJob = z.object({
  id: RowId,
  storyId: RowId,
  headline: z.string(),
  targetId: RowId,
  /** The target's name now, or "(removed target)". */
  targetName: z.string(),
  action: PublishAction,
  /** The published version the job carries (ninjs `version`). */
  version: z.number().int().positive(),
  state: JobState,
  attempts: z.number().int().nonnegative(),
  /** When it will be tried next (queued jobs), UTC. */
  nextAttemptAt: Instant.nullable(),
  lastError: z.string().nullable(),
  lastReason: FailureReason.nullable(),
  /** Where the story is on the site, once sent. */
  remoteUrl: z.string().nullable(),
  createdAt: Instant,
  createdBy: z.string(),
  sentAt: Instant.nullable(),
})
export type OutboxJob = z.infer<typeof OutboxJob>

/** The outbox at a glance, for the status bar: jobs not yet sent, and whether the network is there. */
export const OutboxSummary = z.object({
  pending: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  sending: z.number().int().nonnegative(),
  online: z.boolean(),
})
export type OutboxSummary = z.infer<typeof OutboxSummary>

/** Where a story stands on one site: its address there and the version the site has. */
export const StoryPublication = z.object({
  targetId: RowId,
  remoteId: z.string(),
  remoteUrl: z.string().nullable(),
  version: z.number().int().positive(),
  publishedAt: Instant,
  /** True once it was unpublished: the site holds it no more. */
  canceled: z.boolean(),
})
export type StoryPublication = z.infer<typeof StoryPublication>

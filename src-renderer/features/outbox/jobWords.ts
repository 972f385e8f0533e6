import type { FailureReason, JobState, PublishAction } from '../../../src-shared/domain/publishing'

/** What each outbox action is called on the desk (the labels of PUBLISH_ACTIONS, shortened for a table). */
export const ACTION_LABEL: Record<PublishAction, string> = {
  publish: 'Publish',
  correct: 'Correction',
  unpublish: 'Unpublish',
}

/** A job's state in words: the badge text. */
export const STATE_LABEL: Record<JobState, string> = {
  queued: 'Waiting',
  sending: 'Sending',
  sent: 'Sent',
  failed: 'Failed',
  canceled: 'Canceled',
}

/** A failure reason in two or three words, before the site's own message (src-main/publish/targets/publishFailure.ts). */
export const REASON_LABEL: Record<FailureReason, string> = {
  unreachable: 'Site unreachable',
  timeout: 'No answer in time',
  tls: 'HTTPS problem',
  redirect: 'Redirected',
  unauthorized: 'Credentials refused',
  auth_header_stripped: 'Authorization header stripped',
  forbidden: 'No rights',
  rejected: 'Refused by the site',
  server: 'Site error',
  bad_response: 'Unusable answer',
  invalid_export: 'Story not exportable',
}

/** Only http(s) addresses become links: a site's answer must never put `javascript:` in the page. */
export function safeRemoteUrl(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null
}

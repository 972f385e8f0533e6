import { PublishFailure } from './targets/publishFailure'
import type { PublishTarget } from './targets/publishTarget'

/** What stands in for a secret a site sent back. */
export const REDACTED = '[secret removed]'

/**
 * `text` with every form of `secret` a site could send back taken out: as is, without its
 * spaces (WordPress shows application passwords in groups), base64, in a Basic header with
 * `user`, percent- and JSON-escaped.
 */
export function redactSecret(text: string, secret: string, user = ''): string {
  if (!secret) return text
  const forms = new Set([secret, secret.replace(/\s+/g, ''), Buffer.from(secret).toString('base64'), encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)])
  if (user) forms.add(Buffer.from(`${user}:${secret}`).toString('base64'))
  let clean = text
  for (const form of [...forms].filter((form) => form.length >= 4).sort((a, b) => b.length - a.length)) clean = clean.split(form).join(REDACTED)
  return clean
}

/**
 * A site client whose failure messages and connection reports never carry its secret. A site
 * may quote the Authorization header back in an error ("invalid token abc…"), and those words
 * are shown in Settings and the Outbox and kept in the database as the job's last error: without
 * this, the secret would land there in plain text (found by reliability/secrets).
 */
export function redactingTarget(target: PublishTarget, secret: string, user = ''): PublishTarget {
  const clean = (text: string) => redactSecret(text, secret, user)
  const cleanFailure = (error: unknown) => (error instanceof PublishFailure ? new PublishFailure(error.reason, clean(error.message), error.retryable, error.status) : error)
  return {
    ...target,
    send: (delivery) => target.send(delivery).catch((error: unknown) => Promise.reject(cleanFailure(error))),
    testConnection: async () => {
      const report = await target.testConnection()
      return { ...report, message: clean(report.message), ...(report.user !== undefined ? { user: clean(report.user) } : {}) }
    },
  }
}

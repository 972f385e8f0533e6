import { z } from 'zod'
import { PublishTarget, PublishTargetInput } from '../../src-shared/domain/publishing'
import { ServiceError } from '../app/serviceError'
import type { SettingsBackend } from '../settings/settingsBackend'
import { redactingTarget } from './redactSecret'
import type { SecretStore } from './secretStore'
import { createHttpTarget } from './targets/httpTarget'
import type { PublishTarget as SiteClient } from './targets/publishTarget'
import { createWordpressTarget } from './targets/wordpressTarget'

/** The settings key of the publish targets (an array of `StoredTarget`). */
export const TARGETS_KEY = 'publish.targets'

const StoredTarget = PublishTarget.omit({ hasSecret: true })
type StoredTarget = z.infer<typeof StoredTarget>

/** The sites stories are published to: kept in settings, secrets apart (see SecretStore). */
export interface TargetSettings {
  list(): PublishTarget[]
  /** @throws ServiceError `not_found`. */
  get(id: string): PublishTarget
  save(input: z.output<typeof PublishTargetInput>): PublishTarget
  remove(id: string): void
  /** A client for the site, with its secret. @throws ServiceError `not_found`, or `invalid_input` when no secret is stored. */
  client(id: string): SiteClient
}

export function createTargetSettings(settings: SettingsBackend, secrets: SecretStore, newId: () => string): TargetSettings {
  // A hand-edited or damaged entry is skipped, not fatal: the others still publish.
  const stored = (): StoredTarget[] => {
    const raw = settings.get(TARGETS_KEY)
    return Array.isArray(raw) ? raw.flatMap((entry) => StoredTarget.safeParse(entry).data ?? []) : []
  }
  const shown = (target: StoredTarget): PublishTarget => ({ ...target, hasSecret: secrets.get(target.id) !== null })
  const find = (id: string) => {
    const target = stored().find((candidate) => candidate.id === id)
    if (!target) throw new ServiceError('not_found', 'That publishing target does not exist (it may have been removed).')
    return target
  }

  return {
    list: () => stored().map(shown),
    get: (id) => shown(find(id)),

    save({ id, secret, ...fields }) {
      const target: StoredTarget = { id: id ?? newId(), ...fields, user: fields.kind === 'wordpress' ? fields.user : '' }
      if (id) find(id)
      if (secret !== undefined) {
        if (secret === '') secrets.remove(target.id)
        else secrets.set(target.id, secret)
      }
      const others = stored()
      const at = others.findIndex((other) => other.id === target.id)
      // An edited target keeps its place in the list; a new one goes last.
      settings.set(TARGETS_KEY, at < 0 ? [...others, target] : others.map((other, index) => (index === at ? target : other)))
      return shown(target)
    },

    remove(id) {
      find(id)
      settings.set(TARGETS_KEY, stored().filter((target) => target.id !== id))
      secrets.remove(id)
    },

    client(id) {
      const target = find(id)
      const secret = secrets.get(id)
      if (secret === null) throw new ServiceError('invalid_input', `“${target.name}” has no ${target.kind === 'wordpress' ? 'application password' : 'token'} stored: add it in Settings › Publishing.`)
      // The site's own words reach the outbox, Settings and the database: never with the secret in them.
      if (target.kind === 'wordpress') return redactingTarget(createWordpressTarget({ siteUrl: target.url, user: target.user, appPassword: secret, timeoutMs: target.timeoutMs }), secret, target.user)
      return redactingTarget(createHttpTarget({ url: target.url, token: secret, timeoutMs: target.timeoutMs }), secret)
    },
  }
}

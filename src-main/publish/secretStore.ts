/**
 * Where publish secrets (bearer tokens, WordPress application passwords) live: never in the
 * settings file in plain text. In Electron they are encrypted with the operating system's key
 * store (safeStorage, src-main/electron/safeSecrets.ts); under plain Node (tests, the test
 * host) they stay in memory for the life of the process.
 */
export interface SecretStore {
  get(targetId: string): string | null
  /** @throws ServiceError `forbidden` when secrets cannot be kept safely on this machine. */
  set(targetId: string, secret: string): void
  remove(targetId: string): void
}

/** A secret store that keeps nothing on disk: for tests and the test host. */
export function memorySecretStore(): SecretStore {
  const secrets = new Map<string, string>()
  return {
    get: (targetId) => secrets.get(targetId) ?? null,
    set: (targetId, secret) => void secrets.set(targetId, secret),
    remove: (targetId) => void secrets.delete(targetId),
  }
}

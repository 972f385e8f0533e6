import { safeStorage } from 'electron'
import { ServiceError } from '../app/serviceError'
import type { SecretStore } from '../publish/secretStore'
import type { SettingsBackend } from '../settings/settingsBackend'

/** The settings key under which encrypted secrets are kept: target id → base64 ciphertext. */
export const SECRETS_KEY = 'publish.secrets'

/**
 * Publish secrets encrypted with the operating system's key store (Electron safeStorage:
 * Keychain, DPAPI, or the Secret Service/KWallet on Linux). Only ciphertext reaches the
 * settings file. Where no key store is available, a secret is refused rather than kept weakly.
 */
export function safeSecretStore(settings: SettingsBackend): SecretStore {
  const all = (): Record<string, string> => {
    const raw = settings.get(SECRETS_KEY)
    return raw && typeof raw === 'object' ? (raw as Record<string, string>) : {}
  }
  return {
    get(targetId) {
      const sealed = all()[targetId]
      if (typeof sealed !== 'string' || !safeStorage.isEncryptionAvailable()) return null
      try {
        return safeStorage.decryptString(Buffer.from(sealed, 'base64'))
      } catch {
        // Encrypted under another account or machine key: as good as absent; the form asks again.
        return null
      }
    },
    set(targetId, secret) {
      if (!safeStorage.isEncryptionAvailable() || safeStorage.getSelectedStorageBackend?.() === 'basic_text') {
        throw new ServiceError('forbidden', 'This computer has no key store to keep the secret in (on Linux: GNOME Keyring or KWallet). It was not saved.')
      }
      settings.set(SECRETS_KEY, { ...all(), [targetId]: safeStorage.encryptString(secret).toString('base64') })
    },
    remove(targetId) {
      const { [targetId]: _removed, ...rest } = all()
      settings.set(SECRETS_KEY, rest)
    },
  }
}

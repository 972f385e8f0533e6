import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

/**
 * Real encryption (AES-256-GCM, a key that lives only in this process) in place of the
 * stand-in's reversible scramble, so the bytes safeSecrets writes look like what the OS key store
 * gives: a grep for the secret in any encoding must find nothing.
 */
export function aesSafeStorage() {
  const key = randomBytes(32)
  return {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => 'gnome_libsecret',
    encryptString(plain: string): Buffer {
      const iv = randomBytes(12)
      const cipher = createCipheriv('aes-256-gcm', key, iv)
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
      return Buffer.concat([iv, cipher.getAuthTag(), body])
    },
    decryptString(sealed: Buffer): string {
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12))
      decipher.setAuthTag(sealed.subarray(12, 28))
      return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8')
    },
  }
}

/** Every way a secret could be written down: as is, base64, in a Basic header with its user, URL- and JSON-escaped, hex. */
export function encodingsOf(secret: string, user?: string): string[] {
  const forms = [secret, Buffer.from(secret).toString('base64'), encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1), Buffer.from(secret).toString('hex')]
  if (user) forms.push(Buffer.from(`${user}:${secret}`).toString('base64'))
  // A secret with spaces (WordPress application passwords) is also looked for without them.
  if (secret.includes(' ')) forms.push(secret.replace(/ /g, ''))
  return forms
}

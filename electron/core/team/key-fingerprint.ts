import { createHash } from 'node:crypto'
import { parsePublicKey } from '../../../shared/team/roster'

/**
 * The fingerprint of an SSH public key line (`ssh-ed25519 AAAA…`) as `ssh-keygen -l` prints it:
 * `SHA256:` and the unpadded base64 of the SHA-256 of the key's wire form.
 */
export function keyFingerprint(publicKey: string): string {
  const blob = Buffer.from(parsePublicKey(publicKey).blob, 'base64')
  return `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`
}

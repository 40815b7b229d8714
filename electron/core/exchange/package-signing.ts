import { sign, verify } from 'node:crypto'
import { ExchangeError } from '../../../shared/exchange/exchange-error'
import { withPackageSignature, type FactmarkPackage } from '../../../shared/exchange/package'
import { packageSigningText, type PackageSigner } from '../../../shared/exchange/package-signature'
import { keyFingerprint } from '../team/key-fingerprint'
import { ed25519PublicKeyObject, type Ed25519KeyPair } from '../team/openssh-key'

/**
 * Signs `pkg` with its author's key: ed25519 over `packageSigningText` (everything but the
 * checksum), the public key carried beside the signature, the checksum recomputed.
 */
export function signPackage(pkg: FactmarkPackage, key: Ed25519KeyPair): FactmarkPackage {
  const text = Buffer.from(packageSigningText(pkg, key.publicKey), 'utf8')
  const value = sign(null, text, key.privateKey).toString('base64')
  return withPackageSignature(pkg, { algorithm: 'ed25519', publicKey: key.publicKey, value })
}

/**
 * Checks a parsed package's signature: who signed it, or null when it carries none. Throws a
 * `forged` {@link ExchangeError} when the signature does not match the content, which means the
 * package was changed after it was signed (its checksum, anyone can recompute).
 */
export function checkPackageSignature(pkg: FactmarkPackage): PackageSigner | null {
  const signature = pkg.signature
  if (!signature) return null
  let valid: boolean
  try {
    valid = verify(
      null,
      Buffer.from(packageSigningText(pkg, signature.publicKey), 'utf8'),
      ed25519PublicKeyObject(signature.publicKey),
      Buffer.from(signature.value, 'base64'),
    )
  } catch {
    valid = false
  }
  if (!valid) {
    throw new ExchangeError(
      'forged',
      `The package claims to be by ${pkg.author.name} (${pkg.author.id}), but its signature does not match its contents: it was changed after it was signed. Refused; nothing was changed.`,
    )
  }
  return { publicKey: signature.publicKey, fingerprint: keyFingerprint(signature.publicKey) }
}

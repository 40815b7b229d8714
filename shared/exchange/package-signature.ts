import { z } from 'zod'
import { canonicalJson } from './canonical-json'

/** What a package signature's text starts with, so that it can never pass for another message. */
export const PACKAGE_SIGNATURE_CONTEXT = 'factmark-package-signature-v1\n'

/**
 * A package's signature: ed25519 by its author's key, whose public half it carries as an SSH
 * public key line. It covers everything the importer applies (see {@link packageSigningText}).
 */
export const packageSignatureSchema = z.strictObject({
  algorithm: z.literal('ed25519'),
  /** The author's public key, `ssh-ed25519 AAAA…` (a 32-byte ed25519 key in SSH wire form). */
  publicKey: z
    .string()
    .max(200)
    .regex(/^ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI[A-Za-z0-9+/]{43}=?$/, 'not an ed25519 key'),
  /** The 64-byte signature, base64. */
  value: z.string().regex(/^[A-Za-z0-9+/]{86}==$/, 'not an ed25519 signature'),
})

/** A package's signature: ed25519, with the signer's public key. */
export type PackageSignature = z.infer<typeof packageSignatureSchema>

/** Who signed a package, as the importer shows it. */
export interface PackageSigner {
  /** The public key line, `ssh-ed25519 AAAA…`. */
  publicKey: string
  /** Its fingerprint as `ssh-keygen -l` prints it, `SHA256:…`. */
  fingerprint: string
}

/**
 * The text a package's signature is made over: a fixed context line, then the canonical JSON
 * (keys sorted, no whitespace) of every field of the package but its checksum and the signature
 * value itself. So the signature covers the format, version, author, creation time, every
 * article's tags, reviews, fact-checks, deletions and modified times, and the public key it is
 * checked with; any change to any of them breaks it.
 */
export function packageSigningText(
  content: Readonly<Record<string, unknown>>,
  publicKey: string,
): string {
  const { checksum: _checksum, signature: _signature, ...signed } = content
  return `${PACKAGE_SIGNATURE_CONTEXT}${canonicalJson({
    ...signed,
    signature: { algorithm: 'ed25519', publicKey },
  })}`
}

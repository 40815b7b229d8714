import type { EditorRef } from '../model/annotation'
import { ExchangeError } from './exchange-error'
import type { PackageSigner } from './package-signature'

/** The key a library accepted for an editor the first time it accepted their work. */
export interface KnownKey {
  editor: EditorRef
  /** `ssh-ed25519 AAAA…`. */
  publicKey: string
  /** `SHA256:…`. */
  fingerprint: string
  /** When it was first accepted (ISO time). */
  since: string
}

/**
 * How far a package's author is proven: `first-use` (signed, and the key is now remembered for
 * this editor), `known` (signed by the key remembered for them) or `unverified` (unsigned, taken
 * on the editor's confirmation).
 */
export type PackageTrust =
  | { status: 'first-use'; fingerprint: string }
  | { status: 'known'; fingerprint: string; since: string }
  | { status: 'unverified' }

function who(editor: EditorRef): string {
  return `${editor.name} (${editor.id})`
}

function day(iso: string): string {
  return iso.slice(0, 10)
}

/**
 * Trust on first use, for a package by `author` signed by `signer` (null: unsigned), when the
 * library knows `known` as the author's key (undefined: it knows none). A signed package from an
 * editor never seen is accepted and its key is to be remembered; after that, only that key is.
 * An unsigned package is refused outright when the author's key is known, and otherwise only
 * accepted with `allowUnsigned` (the editor's explicit confirmation), as unverified. Throws an
 * {@link ExchangeError} (`other-key`, `unsigned`, `needs-confirmation`) saying why.
 */
export function judgeSigner(
  author: EditorRef,
  signer: PackageSigner | null,
  known: KnownKey | undefined,
  allowUnsigned: boolean,
): PackageTrust {
  if (signer) {
    if (!known) return { status: 'first-use', fingerprint: signer.fingerprint }
    if (known.publicKey === signer.publicKey) {
      return { status: 'known', fingerprint: signer.fingerprint, since: known.since }
    }
    throw new ExchangeError(
      'other-key',
      `The package claims to be by ${who(author)}, but it is signed by another key than the one this library accepted for ${author.id} on ${day(known.since)}. Refused; nothing was changed.\n` +
        `Known key: ${known.fingerprint}\n` +
        `This package’s key: ${signer.fingerprint}\n` +
        `If ${author.name} really has a new key, check its fingerprint with them before trusting it.`,
    )
  }
  if (known) {
    throw new ExchangeError(
      'unsigned',
      `The package claims to be by ${who(author)}, but it is not signed, and this library knows ${author.id}’s key (since ${day(known.since)}). Refused; nothing was changed. Ask ${author.name} to export it again.\n` +
        `Known key: ${known.fingerprint}`,
    )
  }
  if (!allowUnsigned) {
    throw new ExchangeError(
      'needs-confirmation',
      `The package is not signed (it was made by an older Factmark, or changed by hand), so nothing proves it is by ${who(author)}. Import it only if you trust where it came from: its tags and reviews will be marked unverified.`,
    )
  }
  return { status: 'unverified' }
}

import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'

/** The SHA-256 of `text` (as UTF-8), in lowercase hex: an article's revision hash. */
export function textHash(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)))
}

/**
 * The id an article gets from its canonical plain text: the first 16 hex digits of its hash, so
 * that the same article imported on two editors' machines has the same id and their tags meet.
 */
export function articleIdFor(text: string): string {
  return textHash(text).slice(0, 16)
}

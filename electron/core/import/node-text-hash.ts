import { createHash } from 'node:crypto'

/**
 * The SHA-256 of `text` (as UTF-8), in lowercase hex, with Node's native hash: the same digest
 * as `textHash` in `shared/text/hash.ts` (lone surrogates become U+FFFD in both), several times
 * faster on a long article than the pure-JS one the renderer keeps.
 */
export function nodeTextHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

import type { PackageTrust } from '../../../shared/exchange/signer-trust'
import type { EditorRef } from '../../../shared/model/annotation'
import { formatPublicKey, keyOf, parseRoster } from '../../../shared/team/roster'
import { keyRegistryOf } from '../exchange/checked-import'
import { keyFingerprint } from './key-fingerprint'
import type { TeamState } from './team-state'

/**
 * The library's trust in `author`'s work that came through the team: their commits were verified
 * against the roster's key for them, and that key must also be the one the library accepted for
 * them (from packages, the team folder, or this team) on first use, so that a name has one key
 * everywhere. Remembers the roster's key on first use; throws an `other-key` ExchangeError when
 * the library knows the name by another key. Undefined when the roster holds no key for them.
 */
export async function teamAuthorTrust(
  dataDir: string,
  roster: TeamState['roster'],
  author: EditorRef,
): Promise<PackageTrust | undefined> {
  if (!roster) return undefined
  const key = keyOf(parseRoster(roster.allowedSigners, roster.teamFile), author.id)
  if (!key) return undefined
  const publicKey = formatPublicKey(key)
  return keyRegistryOf(dataDir).admit(
    author,
    { publicKey, fingerprint: keyFingerprint(publicKey) },
    false,
  )
}

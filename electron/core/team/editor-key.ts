import { join } from 'node:path'
import type { EditorRef } from '../../../shared/model/annotation'
import type { Ed25519KeyPair } from './openssh-key'
import { ensureSigningKey, loadSigningKey } from './signing-key'
import { TEAM_FOLDER } from './team-clone'
import { readTeamState } from './team-state'

/**
 * The key `editor` signs with in the library at `dataDir`, one for packages and team alike: the
 * key their team clone signs commits with when the library is in a team as them (the SSH key they
 * named, or the one Factmark made), else the ed25519 key Factmark keeps for them in
 * `<library>/keys/` (made on first use).
 */
export async function editorSigningKey(
  dataDir: string,
  editor: EditorRef,
): Promise<Ed25519KeyPair> {
  const team = await readTeamState(join(dataDir, TEAM_FOLDER, 'state.json')).catch(() => null)
  if (team && team.editor.id === editor.id) return loadSigningKey(team.keyPath)
  const key = await ensureSigningKey(dataDir, editor.id)
  return loadSigningKey(key.privateKeyPath)
}

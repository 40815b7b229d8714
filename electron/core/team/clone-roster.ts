import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  ALLOWED_SIGNERS_FILE,
  formatAllowedSigners,
  formatPublicKey,
  formatTeamFile,
  parseRoster,
  TEAM_FILE,
  withEntry,
  type PublicKey,
  type Roster,
} from '../../../shared/team/roster'
import { TeamError } from '../../../shared/team/team-error'
import { commitSigned, type TeamClone } from './team-clone'

/** The roster as last verified, or null before any verified history. */
export function verifiedRoster(clone: TeamClone): Roster | null {
  const texts = clone.state.roster
  return texts ? parseRoster(texts.allowedSigners, texts.teamFile) : null
}

/** Writes `roster` into the clone's roster files (`allowed_signers`, `team.json`). */
export async function writeRoster(clone: TeamClone, roster: Roster): Promise<void> {
  await writeFile(join(clone.repo, ALLOWED_SIGNERS_FILE), formatAllowedSigners(roster.entries))
  await writeFile(join(clone.repo, TEAM_FILE), formatTeamFile(roster.admins))
}

/** Whether the roster holds the acting editor with this library's key (not just their id). */
export function inRoster(clone: TeamClone): boolean {
  const key = verifiedRoster(clone)?.entries.find(
    (entry) => entry.editorId === clone.state.editor.id,
  )?.key
  return key !== undefined && formatPublicKey(key) === clone.state.publicKey
}

/**
 * Commits editor `editorId` with `key` into the roster (or replaces their key), signed by the
 * acting editor, who must be an admin. Not sent: the caller syncs.
 */
export async function commitRosterEntry(
  clone: TeamClone,
  editorId: string,
  key: PublicKey,
): Promise<void> {
  const roster = verifiedRoster(clone)
  if (!roster || !roster.admins.includes(clone.state.editor.id)) {
    throw new TeamError(
      'not-admin',
      `git-team: only the team’s admins (${roster?.admins.join(', ') ?? 'none known yet'}) can add editors to the roster; ${clone.state.editor.id} is not one.`,
    )
  }
  // The roster is written from the verified roster, never from whatever the folder holds.
  await writeRoster(clone, withEntry(roster, editorId, key))
  await clone.git.run(clone.repo, ['add', '--', ALLOWED_SIGNERS_FILE, TEAM_FILE])
  await commitSigned(clone, `${clone.state.editor.name} adds ${editorId} to the roster`)
}

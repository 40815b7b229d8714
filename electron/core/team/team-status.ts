import { EDITORS_FOLDER, TEAM_BRANCH, TEXTS_FOLDER } from '../../../shared/team/team-paths'
import { inRoster, verifiedRoster } from './clone-roster'
import { countCommits, revParse, type TeamClone } from './team-clone'
import type { TeamStatusReport } from './team-reports'

/** The team's state now, from the clone and the state, without contacting the server. */
export async function readTeamStatus(clone: TeamClone): Promise<TeamStatusReport> {
  const state = clone.state
  const head = await revParse(clone, 'HEAD')
  const remote = await revParse(clone, `refs/remotes/origin/${TEAM_BRANCH}`)
  let outgoing = 0
  let incoming = 0
  if (head !== null)
    outgoing = await countCommits(clone, remote === null ? head : `${remote}..${head}`)
  if (head !== null && remote !== null) incoming = await countCommits(clone, `${head}..${remote}`)
  const dirty = await clone.git.run(clone.repo, [
    'status',
    '--porcelain',
    '--',
    EDITORS_FOLDER,
    TEXTS_FOLDER,
  ])
  if (dirty.stdout.trim().length > 0) outgoing += 1
  const roster = verifiedRoster(clone)
  return {
    address: state.address,
    editor: state.editor,
    publicKey: state.publicKey,
    inRoster: inRoster(clone),
    admin: roster?.admins.includes(state.editor.id) ?? false,
    outgoing,
    incoming,
    lastSync: state.lastSync,
    lastError: state.lastError,
    forcePushSeen: state.forcePushSeen,
    refused: [...state.refused],
  }
}

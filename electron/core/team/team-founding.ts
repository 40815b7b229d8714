import { mkdir, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { EditorRef } from '../../../shared/model/annotation'
import {
  ALLOWED_SIGNERS_FILE,
  parsePublicKey,
  TEAM_FILE,
  type Roster,
} from '../../../shared/team/roster'
import type { TeamAddressKind } from '../../../shared/team/team-address'
import { TeamError } from '../../../shared/team/team-error'
import { TEAM_BRANCH } from '../../../shared/team/team-paths'
import { writeRoster } from './clone-roster'
import { exists } from './file-probe'
import type { GitRunner } from './git-runner'
import { verifyOwnCommits } from './incoming-history'
import { ensureSigningKey } from './signing-key'
import {
  commitSigned,
  configureClone,
  revParse,
  saveTeamState,
  TEAM_FOLDER,
  type TeamClone,
} from './team-clone'
import { readTeamState, type TeamState } from './team-state'

/** How a team is joined or created: where it is, who is acting, and which key signs. */
export interface TeamSetup {
  address: string
  editor: EditorRef
  /** An SSH private key the editor already has (its `.pub` beside it); else Factmark makes one. */
  keyPath?: string | undefined
}

/**
 * The first state of a team for the library in `dataDir`: refuses a library already in a team,
 * clears the team folder and finds (or makes) the editor's signing key.
 */
export async function prepareTeamState(dataDir: string, setup: TeamSetup): Promise<TeamState> {
  const existing = await readTeamState(join(dataDir, TEAM_FOLDER, 'state.json'))
  if (existing) {
    throw new TeamError(
      'not-a-team',
      `git-team: this library is already in the team at ${existing.address}.`,
    )
  }
  await rm(join(dataDir, TEAM_FOLDER), { recursive: true, force: true })
  const key = await ensureSigningKey(dataDir, setup.editor.id, setup.keyPath)
  return {
    version: 1,
    address: setup.address,
    editor: setup.editor,
    keyPath: key.privateKeyPath,
    publicKey: key.publicKey,
    root: null,
    verified: null,
    roster: null,
    applied: {},
    imported: {},
    refused: [],
    lastSync: null,
    lastError: null,
    forcePushSeen: null,
    exported: {},
  }
}

/** The branch heads at `address`: empty output when the repository has no team branch yet. */
async function remoteHeads(git: GitRunner, address: string): Promise<string> {
  const heads = await git.run(undefined, ['ls-remote', '--heads', '--', address, TEAM_BRANCH])
  return heads.stdout
}

/**
 * Starts the team at `setup.address` (of kind `kind`) in a new clone: makes a bare repository at
 * a path that holds none, refuses an address that already holds a history, then commits the
 * roster with the acting editor as first member and admin, signed, and saves the state. Not sent:
 * the caller syncs.
 */
export async function foundTeam(
  clone: TeamClone,
  setup: TeamSetup,
  kind: TeamAddressKind,
): Promise<void> {
  const git = clone.git
  if (kind === 'path' && !(await exists(setup.address))) {
    await mkdir(setup.address, { recursive: true })
    await git.run(setup.address, ['init', '--bare', '--quiet', `--initial-branch=${TEAM_BRANCH}`])
  }
  if ((await remoteHeads(git, setup.address)).trim().length > 0) {
    throw new TeamError(
      'not-a-team',
      `git-team: ${setup.address} already holds a history: join it (team join) instead of creating a team there.`,
    )
  }
  const repo = clone.repo
  await mkdir(repo, { recursive: true })
  await git.run(repo, ['init', '--quiet', `--initial-branch=${TEAM_BRANCH}`])
  await configureClone(clone)
  await git.run(repo, ['remote', 'add', 'origin', setup.address])
  const roster: Roster = {
    entries: [{ editorId: setup.editor.id, key: parsePublicKey(clone.state.publicKey) }],
    admins: [setup.editor.id],
  }
  await writeRoster(clone, roster)
  await git.run(repo, ['add', '--', ALLOWED_SIGNERS_FILE, TEAM_FILE])
  await commitSigned(clone, `${setup.editor.name} starts the team`)
  const root = await revParse(clone, 'HEAD')
  if (root !== null) await verifyOwnCommits(clone, root)
  await saveTeamState(clone)
}

/**
 * Clones the team at `setup.address` into a new clone, refusing an empty repository (no team
 * there yet), and saves the state. Nothing is verified or imported: the caller syncs.
 */
export async function cloneTeam(clone: TeamClone, setup: TeamSetup): Promise<void> {
  const git = clone.git
  await mkdir(dirname(clone.repo), { recursive: true })
  if ((await remoteHeads(git, setup.address)).trim().length === 0) {
    throw new TeamError(
      'not-a-team',
      `git-team: there is no team at ${setup.address} yet (the repository is empty): start one there with team create.`,
    )
  }
  await git.run(undefined, [
    'clone',
    '--quiet',
    '--branch',
    TEAM_BRANCH,
    '--',
    setup.address,
    clone.repo,
  ])
  await configureClone(clone)
  await saveTeamState(clone)
}

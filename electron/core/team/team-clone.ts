import { join } from 'node:path'
import { TEAM_BRANCH } from '../../../shared/team/team-paths'
import type { GitRunner } from './git-runner'
import { writeSyncTimes, writeTeamState, type TeamState } from './team-state'

/** The folder of a library that holds its team: the clone, the state, the verifier's scratch. */
export const TEAM_FOLDER = 'team'

/**
 * A library's team as the sync steps work on it: the clone in `<library>/team/repo`, the team
 * folder around it, and the team's state, changed in place by the steps and saved with
 * {@link saveTeamState}.
 */
export interface TeamClone {
  readonly git: GitRunner
  /** The folder of the clone. */
  readonly repo: string
  /** The team folder: the state, the sync marker, the verifier's scratch. */
  readonly scratch: string
  /** Where the state is saved. */
  readonly statePath: string
  readonly state: TeamState
}

/** The team clone of the library in `dataDir`, with its state `state`. */
export function teamClone(dataDir: string, state: TeamState, git: GitRunner): TeamClone {
  return {
    git,
    repo: join(dataDir, TEAM_FOLDER, 'repo'),
    scratch: join(dataDir, TEAM_FOLDER),
    statePath: join(dataDir, TEAM_FOLDER, 'state.json'),
    state,
  }
}

/** Saves the team's state. */
export async function saveTeamState(clone: TeamClone): Promise<void> {
  await writeTeamState(clone.statePath, clone.state)
}

/** Saves only the last sync's time and error: for a sync that changed nothing else. */
export async function saveSyncTimes(clone: TeamClone): Promise<void> {
  await writeSyncTimes(clone.statePath, clone.state)
}

/** Sets the clone's own settings: no hooks of anyone's run, and every commit is signed. */
export async function configureClone(clone: TeamClone): Promise<void> {
  const settings: [string, string][] = [
    ['core.hooksPath', '/dev/null'],
    ['gpg.format', 'ssh'],
    ['commit.gpgsign', 'true'],
    ['pull.rebase', 'true'],
  ]
  for (const [name, value] of settings) await clone.git.run(clone.repo, ['config', name, value])
}

/** The `-c` options that make git sign as the acting editor. */
export function signingOptions(clone: TeamClone): string[] {
  const { editor, keyPath } = clone.state
  return [
    '-c',
    'gpg.format=ssh',
    '-c',
    `user.signingkey=${keyPath}`,
    '-c',
    'commit.gpgsign=true',
    '-c',
    `user.name=${editor.name}`,
    '-c',
    `user.email=${editor.id}@factmark.invalid`,
  ]
}

/** Commits what is staged, signed by the acting editor, with `message`. */
export async function commitSigned(clone: TeamClone, message: string): Promise<void> {
  await clone.git.run(clone.repo, [
    ...signingOptions(clone),
    'commit',
    '--quiet',
    '-S',
    '-m',
    message,
  ])
}

/** The commit `ref` names in the clone, or null when it names none. */
export async function revParse(clone: TeamClone, ref: string): Promise<string | null> {
  const out = await clone.git.run(
    clone.repo,
    ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`],
    {
      allowFailure: true,
    },
  )
  return out.code === 0 ? out.stdout.trim() : null
}

/** Whether commit `ancestor` is an ancestor of (or is) commit `of`. */
export async function isAncestor(clone: TeamClone, ancestor: string, of: string): Promise<boolean> {
  const out = await clone.git.run(clone.repo, ['merge-base', '--is-ancestor', ancestor, of], {
    allowFailure: true,
  })
  return out.code === 0
}

/** How many commits `range` holds. */
export async function countCommits(clone: TeamClone, range: string): Promise<number> {
  const out = await clone.git.run(clone.repo, ['rev-list', '--count', range])
  return Number(out.stdout.trim()) || 0
}

/**
 * Own commits not yet on the server: those on HEAD beyond the remote branch as last fetched (all
 * of HEAD before the first fetch), 0 without a commit. One git call while the remote branch exists.
 */
export async function countOutgoing(clone: TeamClone): Promise<number> {
  const remote = `refs/remotes/origin/${TEAM_BRANCH}`
  for (const range of [`${remote}..HEAD`, 'HEAD']) {
    const out = await clone.git.run(clone.repo, ['rev-list', '--count', range], {
      allowFailure: true,
    })
    if (out.code === 0) return Number(out.stdout.trim()) || 0
  }
  return 0
}

/** HEAD and the remote branch as last fetched, in one git call when both exist. */
export async function headAndTip(clone: TeamClone): Promise<[string | null, string | null]> {
  const remote = `refs/remotes/origin/${TEAM_BRANCH}`
  const both = await clone.git.run(clone.repo, ['rev-parse', 'HEAD', remote], {
    allowFailure: true,
  })
  const [head, tip] = both.stdout.trim().split('\n')
  if (both.code === 0 && head && tip) return [head, tip]
  return [await revParse(clone, 'HEAD'), await revParse(clone, remote)]
}

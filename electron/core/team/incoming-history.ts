import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { TeamError } from '../../../shared/team/team-error'
import { classifyPath } from '../../../shared/team/team-paths'
import type { LibraryStore } from '../store/library-store'
import { importAccepted } from './accepted-import'
import { readCommits, readRangeSignatures } from './commit-log'
import { verifyCommits } from './history-verifier'
import { putOwnCommitsOnTip } from './own-commits-on-tip'
import { isAncestor, saveTeamState, type TeamClone } from './team-clone'
import type { TeamSyncReport } from './team-reports'

/** How many refused changes the state keeps, newest last. */
const MAX_REFUSED = 500

/**
 * Verifies the remote's new commits up to `tip` against the roster (all of them again after a
 * force-push, which must keep the team's first commit), imports the accepted work, saves the
 * state, then puts own commits on top. What it received and refused goes into `report`. `head`
 * is HEAD as the caller read it. Resolves to HEAD afterwards when it is known without asking git
 * (see `putOwnCommitsOnTip`), else null.
 */
export async function receiveHistory(
  clone: TeamClone,
  store: LibraryStore,
  tip: string,
  head: string | null,
  report: TeamSyncReport,
): Promise<string | null> {
  const state = clone.state
  const previous = state.verified
  // Whether the history only grew, its new commits and their signatures against the roster as
  // verified, asked side by side: processes waited for once (the commits are read again from
  // the root after a force-push).
  const signersFile = join(clone.scratch, 'allowed_signers.incoming')
  if (previous !== null && state.roster) await writeFile(signersFile, state.roster.allowedSigners)
  const [grew, added, signatures] =
    previous === null
      ? [false, null, undefined]
      : await Promise.all([
          isAncestor(clone, previous, tip),
          readCommits(clone.git, clone.repo, `${previous}..${tip}`).catch(() => null),
          state.roster
            ? readRangeSignatures(clone.git, clone.repo, `${previous}..${tip}`, signersFile).catch(
                () => undefined,
              )
            : undefined,
        ])
  const forcePush = previous !== null && !grew
  const fromRoot = previous === null || forcePush
  if (fromRoot && state.root !== null) {
    const roots = (
      await clone.git.run(clone.repo, ['rev-list', '--max-parents=0', tip])
    ).stdout.split('\n')
    if (!roots.includes(state.root)) {
      throw new TeamError(
        'not-a-team',
        `git-team: the history at ${state.address} was replaced by one with another start: nothing of it was applied and your work is kept. Ask the team’s admin what happened.`,
      )
    }
  }
  const commits =
    !fromRoot && added !== null
      ? added
      : await readCommits(clone.git, clone.repo, fromRoot ? tip : `${previous}..${tip}`)
  const outcome = await verifyCommits(
    clone.git,
    clone.repo,
    clone.scratch,
    commits,
    fromRoot ? { roster: null, applied: {} } : { roster: state.roster, applied: state.applied },
    fromRoot ? undefined : signatures,
  )
  if (state.root === null && commits[0] && outcome.verdicts.get(commits[0].sha)?.accepted) {
    state.root = commits[0].sha
  }
  const known = new Set(state.refused.map((entry) => entry.commit))
  const fresh = outcome.refused.filter((entry) => !known.has(entry.commit))
  // The newest refusals are kept (a flood of forged commits cannot grow the state without end).
  state.refused = [...state.refused, ...fresh].slice(-MAX_REFUSED)
  report.refused.push(...fresh)
  report.forcePush ||= forcePush
  report.received += commits.length
  state.roster = outcome.state.roster
  state.applied = outcome.state.applied
  state.verified = tip
  // Own files someone else changed (refused, but in the tree), or a rewritten history: written
  // again from the library by the next commit.
  if (forcePush) state.exported = {}
  for (const commit of commits) {
    if (outcome.verdicts.get(commit.sha)?.signer === state.editor.id) continue
    for (const change of commit.changes) {
      const kind = classifyPath(change.path)
      if (kind.kind === 'editor-article' && kind.editorId === state.editor.id) {
        delete state.exported[kind.articleId]
      }
    }
  }
  await importAccepted(clone, store, report)
  await saveTeamState(clone)
  return putOwnCommitsOnTip(clone, tip, previous, forcePush, head)
}

/** Verifies own commits up to `head` just pushed, so the roster (own roster changes) stays current. */
export async function verifyOwnCommits(clone: TeamClone, head: string): Promise<void> {
  const state = clone.state
  const previous = state.verified
  const commits = await readCommits(
    clone.git,
    clone.repo,
    previous === null ? head : `${previous}..${head}`,
  )
  const outcome = await verifyCommits(clone.git, clone.repo, clone.scratch, commits, {
    roster: previous === null ? null : state.roster,
    applied: previous === null ? {} : state.applied,
  })
  if (state.root === null && commits[0] && outcome.verdicts.get(commits[0].sha)?.accepted) {
    state.root = commits[0].sha
  }
  state.roster = outcome.state.roster
  state.applied = outcome.state.applied
  state.verified = head
}

import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { TEAM_BRANCH } from '../../../shared/team/team-paths'
import type { LibraryStore } from '../store/library-store'
import { inRoster, verifiedRoster } from './clone-roster'
import { exists } from './file-probe'
import { receiveHistory, verifyOwnCommits } from './incoming-history'
import { recoverInterruptedSync } from './interrupted-sync'
import { commitOwnWork, ownWorkWaiting } from './own-work'
import { putOwnCommitsOnTip } from './own-commits-on-tip'
import {
  countCommits,
  countOutgoing,
  headAndTip,
  isAncestor,
  revParse,
  saveSyncTimes,
  saveTeamState,
  type TeamClone,
} from './team-clone'
import type { TeamSyncReport } from './team-reports'

const PUSH_REJECTED =
  /\[rejected\]|\[remote rejected\]|fetch first|non-fast-forward|stale info|failed to push/i

/**
 * One sync, step by step: recovers from a killed sync, commits own work, fetches, verifies and
 * imports what others sent, rebases own commits on it and pushes; a rejected push is retried once
 * after fetching again. Never throws for an unreachable server or a rejected push: the report
 * says so and the work waits, committed. Not serialised: the caller runs it in the team's queue.
 */
export async function runSync(clone: TeamClone, store: LibraryStore): Promise<TeamSyncReport> {
  const state = clone.state
  const report: TeamSyncReport = {
    state: 'synced',
    received: 0,
    sent: 0,
    changedArticles: [],
    addedArticles: [],
    refused: [],
    forcePush: false,
    message: null,
    outgoing: 0,
    lastSync: state.lastSync,
    refusedKept: 0,
    admin: false,
  }
  // A marker of a sync under way: found at the start, the previous sync was killed.
  const marker = join(clone.scratch, 'sync.pending')
  const interrupted = await exists(marker)
  await recoverInterruptedSync(clone, interrupted)
  await writeFile(marker, `${process.pid}\n`)
  // A quiet sync (nothing to commit, receive or send) changes only the sync times in the state.
  const waiting = ownWorkWaiting(clone, store)
  let quiet = !interrupted && !waiting
  // Nothing saved since the last commit: nothing to export (the library's list is not read twice).
  if (waiting) await commitOwnWork(clone, store)
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const fetched = await clone.git.run(
      clone.repo,
      [
        'fetch',
        '--quiet',
        '--prune',
        'origin',
        `+refs/heads/${TEAM_BRANCH}:refs/remotes/origin/${TEAM_BRANCH}`,
      ],
      { allowFailure: true, timeoutMs: 60_000 },
    )
    if (fetched.code !== 0) {
      const emptyRemote = /couldn't find remote ref/i.test(fetched.stderr)
      if (!emptyRemote) {
        report.state = 'offline'
        report.message = `the team at ${state.address} could not be reached (${fetched.stderr.trim().split('\n').pop() ?? ''}); your work is committed and waits for the next sync`
        break
      }
    }
    const [headBefore, tip] = await headAndTip(clone)
    let head = headBefore
    if (tip !== null && tip !== state.verified) {
      quiet = false
      const known = await receiveHistory(clone, store, tip, headBefore, report)
      // Own files again on the new history (after a force-push, or over a forged change).
      const committed = await commitOwnWork(clone, store)
      head = known !== null && committed === 0 ? known : await revParse(clone, 'HEAD')
    } else if (
      tip !== null &&
      head !== null &&
      head !== tip &&
      !(await isAncestor(clone, tip, head))
    ) {
      // A sync killed while it put own commits on the verified tip: they go on it now.
      quiet = false
      const base = (
        await clone.git.run(clone.repo, ['merge-base', head, tip], { allowFailure: true })
      ).stdout.trim()
      await putOwnCommitsOnTip(clone, tip, base === '' ? null : base, false)
      await commitOwnWork(clone, store)
      head = await revParse(clone, 'HEAD')
    }
    if (!inRoster(clone)) {
      report.state = 'not-in-roster'
      report.message = `${state.editor.id} is not in the team’s roster with this key yet: an admin adds it with team roster add ${state.editor.id} "${state.publicKey}"`
      break
    }
    if (head === null || head === tip) break
    quiet = false
    const pushed = await clone.git.run(
      clone.repo,
      ['push', '--porcelain', 'origin', `HEAD:refs/heads/${TEAM_BRANCH}`],
      { allowFailure: true, timeoutMs: 60_000 },
    )
    if (pushed.code === 0) {
      report.sent += await countCommits(clone, tip === null ? head : `${tip}..${head}`)
      await verifyOwnCommits(clone, head)
      await clone.git.run(clone.repo, ['update-ref', `refs/remotes/origin/${TEAM_BRANCH}`, head])
      break
    }
    const output = `${pushed.stdout}\n${pushed.stderr}`
    if (!PUSH_REJECTED.test(output)) {
      report.state = 'offline'
      report.message = `the team at ${state.address} could not be reached (${pushed.stderr.trim().split('\n').pop() ?? ''}); your work is committed and waits for the next sync`
      break
    }
    if (attempt === 1) {
      report.state = 'rejected'
      report.message =
        'the server refused the push twice (others were sending at the same time); your work is committed and the next sync sends it'
    }
  }
  state.lastError =
    report.state === 'synced' || report.state === 'not-in-roster' ? null : report.message
  if (report.state === 'synced') state.lastSync = new Date().toISOString()
  if (report.forcePush) state.forcePushSeen = new Date().toISOString()
  // What the toolbar shows, from what this sync did: after a push nothing waits; otherwise the
  // own commits beyond the remote branch (one git call, only when something was not sent).
  report.outgoing = report.state === 'synced' ? 0 : await countOutgoing(clone)
  report.lastSync = state.lastSync
  report.refusedKept = state.refused.length
  report.admin = verifiedRoster(clone)?.admins.includes(state.editor.id) ?? false
  if (quiet) await saveSyncTimes(clone)
  else await saveTeamState(clone)
  await rm(marker, { force: true })
  return report
}

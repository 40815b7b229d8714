import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { EDITORS_FOLDER, TEAM_BRANCH, TEXTS_FOLDER } from '../../../shared/team/team-paths'
import { exists } from './file-probe'
import { revParse, type TeamClone } from './team-clone'

/**
 * Clears what a sync killed half-way (kill -9, a crash, a power cut) left in the clone: a
 * rebase under way, git's lock files, half-written files. `interrupted` says the previous sync's
 * marker was found; leftovers of git count as an interruption too. Safe because the caller holds
 * the library's lock (no other Factmark works in this clone) and nothing uncommitted in the clone
 * is needed: the editor's own files are written again from the library by the next commit.
 */
export async function recoverInterruptedSync(
  clone: TeamClone,
  interrupted: boolean,
): Promise<void> {
  const gitDir = join(clone.repo, '.git')
  const leftovers = ['rebase-merge', 'rebase-apply', 'index.lock']
  for (const name of leftovers) if (await exists(join(gitDir, name))) interrupted = true
  if (!interrupted) return
  for (const name of ['rebase-merge', 'rebase-apply']) {
    if (!(await exists(join(gitDir, name)))) continue
    await clone.git.run(clone.repo, ['rebase', '--abort'], { allowFailure: true })
    await rm(join(gitDir, name), { recursive: true, force: true })
  }
  for (const lock of ['index.lock', 'HEAD.lock', 'ORIG_HEAD.lock', 'config.lock']) {
    await rm(join(gitDir, lock), { force: true })
  }
  for (const ref of [`refs/heads/${TEAM_BRANCH}.lock`, `refs/remotes/origin/${TEAM_BRANCH}.lock`]) {
    await rm(join(gitDir, ref), { force: true })
  }
  if ((await revParse(clone, 'HEAD')) === null) return
  await clone.git.run(clone.repo, ['reset', '--quiet', '--hard', 'HEAD'])
  await clone.git.run(clone.repo, ['clean', '-fdq', '--', EDITORS_FOLDER, TEXTS_FOLDER])
}

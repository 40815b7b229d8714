import { isAncestor, revParse, signingOptions, type TeamClone } from './team-clone'

/**
 * Puts own commits on top of the verified remote `tip`: a fast-forward when there are none, a
 * signed rebase of them otherwise (they touch only own files, so it never conflicts). After a
 * force-push, or if the rebase fails, own files are written again from the library on the new
 * history instead: nothing of the editor's work is lost, since the library holds it all.
 */
export async function putOwnCommitsOnTip(
  clone: TeamClone,
  tip: string,
  previous: string | null,
  forcePush: boolean,
): Promise<void> {
  const head = await revParse(clone, 'HEAD')
  if (head === null || head === tip) {
    if (head === null) await clone.git.run(clone.repo, ['reset', '--quiet', '--hard', tip])
    return
  }
  if (await isAncestor(clone, head, tip)) {
    await clone.git.run(clone.repo, ['reset', '--quiet', '--hard', tip])
    return
  }
  if (!forcePush && previous !== null) {
    const rebased = await clone.git.run(
      clone.repo,
      [...signingOptions(clone), 'rebase', '--quiet', '--onto', tip, previous],
      { allowFailure: true },
    )
    if (rebased.code === 0) return
    await clone.git.run(clone.repo, ['rebase', '--abort'], { allowFailure: true })
  }
  await clone.git.run(clone.repo, ['reset', '--quiet', '--hard', tip])
  // Own commits were dropped: the caller writes own work again from the library on top.
  clone.state.exported = {}
}

import { isAncestor, revParse, signingOptions, type TeamClone } from './team-clone'

/**
 * Puts own commits on top of the verified remote `tip`: a fast-forward when there are none, a
 * signed rebase of them otherwise (they touch only own files, so it never conflicts). After a
 * force-push, or if the rebase fails, own files are written again from the library on the new
 * history instead: nothing of the editor's work is lost, since the library holds it all.
 * `knownHead` is HEAD when the caller knows it (else it is asked); a HEAD at `previous`, which
 * `tip` descends from, is fast-forwarded without asking git. Resolves to HEAD afterwards, or null
 * when own commits were rebased (git then knows the new HEAD).
 */
export async function putOwnCommitsOnTip(
  clone: TeamClone,
  tip: string,
  previous: string | null,
  forcePush: boolean,
  knownHead?: string | null,
): Promise<string | null> {
  const head = knownHead === undefined ? await revParse(clone, 'HEAD') : knownHead
  if (head === tip) return tip
  const fastForward =
    head === null || (head === previous && !forcePush) || (await isAncestor(clone, head, tip))
  if (fastForward) {
    await clone.git.run(clone.repo, ['reset', '--quiet', '--hard', tip])
    return tip
  }
  if (!forcePush && previous !== null) {
    const rebased = await clone.git.run(
      clone.repo,
      [...signingOptions(clone), 'rebase', '--quiet', '--onto', tip, previous],
      { allowFailure: true },
    )
    if (rebased.code === 0) return null
    await clone.git.run(clone.repo, ['rebase', '--abort'], { allowFailure: true })
  }
  await clone.git.run(clone.repo, ['reset', '--quiet', '--hard', tip])
  // Own commits were dropped: the caller writes own work again from the library on top.
  clone.state.exported = {}
  return tip
}

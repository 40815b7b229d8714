import { parsePackage, type PackageArticle } from '../../../shared/exchange/package'
import { ALLOWED_SIGNERS_FILE, TEAM_FILE } from '../../../shared/team/roster'
import { classifyPath, EDITORS_FOLDER } from '../../../shared/team/team-paths'
import { trailActions } from '../../../shared/team/trail'
import { readBlobs, readCommits } from './commit-log'
import { verifyCommits } from './history-verifier'
import { revParse, type TeamClone } from './team-clone'
import type { TrailEntry } from './team-reports'

/**
 * The trail of article `articleId` in the clone: every commit that changed an editor's file of
 * it, oldest first, with what they did (tagged, accepted, rejected, changed a verdict …), who
 * signed it and whether it checks out against the roster as it stood then.
 */
export async function readArticleTrail(clone: TeamClone, articleId: string): Promise<TrailEntry[]> {
  const head = await revParse(clone, 'HEAD')
  if (head === null) return []
  const articlePaths = `${EDITORS_FOLDER}/*/articles/${articleId}.json`
  const commits = await readCommits(clone.git, clone.repo, head, [
    ALLOWED_SIGNERS_FILE,
    TEAM_FILE,
    `:(glob)${articlePaths}`,
  ])
  const outcome = await verifyCommits(clone.git, clone.repo, clone.scratch, commits, {
    roster: null,
    applied: {},
  })
  const blobs: string[] = []
  for (const commit of commits) {
    for (const change of commit.changes) {
      const kind = classifyPath(change.path)
      if (kind.kind !== 'editor-article' || kind.articleId !== articleId) continue
      const before = commit.previous.get(change.path)
      const after = commit.blobs.get(change.path)
      if (before) blobs.push(before)
      if (after) blobs.push(after)
    }
  }
  const contents = await readBlobs(clone.git, clone.repo, blobs)
  const articleOf = (blob: string | undefined): PackageArticle | null => {
    const text = blob === undefined ? undefined : contents.get(blob)
    if (text === undefined) return null
    try {
      return parsePackage(text).articles[0] ?? null
    } catch {
      return null
    }
  }
  const trail: TrailEntry[] = []
  for (const commit of commits) {
    const verdict = outcome.verdicts.get(commit.sha)
    for (const change of commit.changes) {
      const kind = classifyPath(change.path)
      if (kind.kind !== 'editor-article' || kind.articleId !== articleId) continue
      trail.push({
        commit: commit.sha,
        at: commit.committedAt,
        editorId: kind.editorId,
        signer: verdict?.signer ?? null,
        verified: verdict?.accepted ?? false,
        reason: verdict && !verdict.accepted ? verdict.reason : null,
        actions: trailActions(
          articleOf(commit.previous.get(change.path)),
          articleOf(commit.blobs.get(change.path)),
        ),
      })
    }
  }
  return trail
}

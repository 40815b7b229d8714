import { classifyPath } from './team-paths'
import type { Roster } from './roster'

/** One file a commit changed, as `git log --name-status` prints it. */
export interface CommitChange {
  /** Git's status letter: A added, M modified, D deleted, T type changed … */
  status: string
  path: string
}

/** What the verifier knows of a commit: who it claims to be by, its parents, what it changed. */
export interface CommitFacts {
  sha: string
  parents: string[]
  /** The author name the commit claims (anyone can write any name here). */
  authorClaimed: string
  /** When it was committed (ISO), as the commit says. */
  committedAt: string
  changes: CommitChange[]
}

/** What Git found of a commit's signature against the roster (`%G?` and `%GS`). */
export interface SignatureFacts {
  /** `G` good and in the roster, `U` good but of a key not in the roster, `N` none, `B` bad … */
  status: string
  /** The editor id the roster gives the signing key (Git's principal), when `status` is `G`. */
  signer: string
}

/** The verdict on one commit. */
export type CommitVerdict =
  { accepted: true; signer: string } | { accepted: false; signer: string | null; reason: string }

/** The signer's editor id when Git found a good signature by a key in the roster, else null. */
function signerOf(signature: SignatureFacts): string | null {
  return signature.status === 'G' && signature.signer.length > 0 ? signature.signer : null
}

/** Why a signature does not count, in the editor's words. */
function describeSignature(signature: SignatureFacts): string {
  switch (signature.status) {
    case 'N':
      return 'it is not signed'
    case 'B':
      return 'its signature is bad (the commit was altered after signing)'
    case 'U':
    case 'E':
      return 'it is signed by a key that is not in the team’s roster'
    case 'X':
    case 'Y':
      return 'it is signed by an expired key'
    case 'R':
      return 'it is signed by a revoked key'
    default:
      return 'its signature could not be checked'
  }
}

/**
 * The verdict on a commit that is not the team's first, against the roster as it stood at its
 * parent (never the roster the commit itself brings). Accepted only when all of these hold:
 * - it has one parent (a team's history is linear: each editor's Factmark rebases its own commits);
 * - it is signed by a key in the roster, whose editor id is then the signer;
 * - every file it changes is the signer's (`editors/<signer>/…`), a new article text
 *   (`texts/<hash>.json`, added, never changed or removed), or the roster (`allowed_signers`,
 *   `team.json`) when the signer is an admin.
 * Anything else is refused whole, with the reason.
 */
export function judgeCommit(
  commit: CommitFacts,
  signature: SignatureFacts,
  roster: Roster,
): CommitVerdict {
  const signer = signerOf(signature)
  if (commit.parents.length !== 1) {
    return {
      accepted: false,
      signer,
      reason:
        commit.parents.length === 0
          ? 'it starts a second history in the team'
          : 'it is a merge commit (a team’s history is linear)',
    }
  }
  if (signer === null) return { accepted: false, signer, reason: describeSignature(signature) }
  if (!roster.entries.some((entry) => entry.editorId === signer)) {
    return { accepted: false, signer, reason: `${signer} is not in the team’s roster` }
  }
  for (const change of commit.changes) {
    const path = classifyPath(change.path)
    switch (path.kind) {
      case 'editor-article':
      case 'editor-other':
        if (path.editorId !== signer) {
          return {
            accepted: false,
            signer,
            reason: `it changes ${path.editorId}’s files (${change.path}) but is signed by ${signer}`,
          }
        }
        break
      case 'text':
        if (change.status !== 'A') {
          return {
            accepted: false,
            signer,
            reason: `it changes or removes the article text ${change.path}, which is stored once and never changed`,
          }
        }
        break
      case 'roster':
        if (!roster.admins.includes(signer)) {
          return {
            accepted: false,
            signer,
            reason: `it changes the roster (${change.path}) but ${signer} is not an admin`,
          }
        }
        break
      default:
        return {
          accepted: false,
          signer,
          reason: `it changes ${change.path}, which is no editor’s file`,
        }
    }
  }
  return { accepted: true, signer }
}

/**
 * The verdict on a team's first commit, against the roster it creates (trust on first use):
 * it must create the roster, be signed by a key in it, and its signer must be an admin.
 */
export function judgeFirstCommit(
  commit: CommitFacts,
  signature: SignatureFacts,
  roster: Roster,
): CommitVerdict {
  const signer = signerOf(signature)
  if (commit.parents.length !== 0) {
    return { accepted: false, signer, reason: 'it is not the first commit of the team' }
  }
  if (signer === null) return { accepted: false, signer, reason: describeSignature(signature) }
  if (!roster.admins.includes(signer)) {
    return { accepted: false, signer, reason: `it creates the team but ${signer} is not its admin` }
  }
  for (const change of commit.changes) {
    const path = classifyPath(change.path)
    if (path.kind === 'roster' || path.kind === 'text') continue
    if (
      (path.kind === 'editor-article' || path.kind === 'editor-other') &&
      path.editorId === signer
    ) {
      continue
    }
    return {
      accepted: false,
      signer,
      reason: `it creates ${change.path}, which is no editor’s file`,
    }
  }
  return { accepted: true, signer }
}

/** Whether a commit changes the roster (so later commits are judged against the new one). */
export function changesRoster(commit: CommitFacts): boolean {
  return commit.changes.some((change) => classifyPath(change.path).kind === 'roster')
}

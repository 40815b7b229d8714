import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  ALLOWED_SIGNERS_FILE,
  formatPublicKey,
  parseRoster,
  TEAM_FILE,
  type Roster,
} from '../../../shared/team/roster'
import { classifyPath } from '../../../shared/team/team-paths'
import {
  changesRoster,
  judgeCommit,
  judgeFirstCommit,
  type CommitVerdict,
} from '../../../shared/team/verify-rules'
import type { CommitSignature, LoggedCommit } from './commit-log'
import { readBlobs, readSignatures } from './commit-log'
import type { GitRunner } from './git-runner'
import { keyFingerprint } from './key-fingerprint'

/** The roster as accepted so far: the texts of its two files. */
export interface RosterTexts {
  allowedSigners: string
  teamFile: string
}

/** A commit left aside: never applied, and reported with who did what. */
export interface RefusedCommit {
  commit: string
  /** The author name the commit claims. */
  authorClaimed: string
  /** Whose roster key signed it, if any. */
  signer: string | null
  reason: string
  committedAt: string
}

/** What verifying has established so far: the accepted roster and each accepted file's blob. */
export interface VerifiedState {
  /** Null before the team's first commit was verified. */
  roster: RosterTexts | null
  /** Per editor-article or text path, the blob its last accepted change gave it. */
  applied: Record<string, string>
}

/** What verifying a run of commits came to. */
export interface VerifyOutcome {
  state: VerifiedState
  verdicts: Map<string, CommitVerdict>
  refused: RefusedCommit[]
}

/**
 * Whether a signature git found good against the union of several rosters counts against
 * `roster`: its key is listed there for exactly one editor, the one git named. (Anything else is
 * checked again against `roster` alone.)
 */
function fitsRoster(signature: CommitSignature | undefined, roster: Roster): boolean {
  if (signature?.status !== 'G' || signature.key === '') return false
  const holders = roster.entries.filter(
    (entry) => keyFingerprint(formatPublicKey(entry.key)) === signature.key,
  )
  return holders.length === 1 && holders[0]?.editorId === signature.signer
}

/**
 * Verifies `commits` (oldest first, continuing from `start`) the way every editor's Factmark does
 * on each fetch: each commit is judged by `judgeCommit` against the roster accepted as of its
 * parent (the first commit by `judgeFirstCommit` against the roster it creates), its signature
 * checked by git against that roster. An accepted commit moves the applied blob of each file it
 * changes (and, for a roster change, the roster); a refused one changes nothing, so a forged or
 * unsigned change is never applied, even when later commits are built on top of it.
 * `scratch` is a private folder where the roster file git reads is written. `known` are
 * signatures already read against `start`'s roster (see `readRangeSignatures`): the commits up
 * to the first roster change are judged with them, without asking git again.
 */
export async function verifyCommits(
  git: GitRunner,
  repo: string,
  scratch: string,
  commits: readonly LoggedCommit[],
  start: VerifiedState,
  known?: ReadonlyMap<string, CommitSignature>,
): Promise<VerifyOutcome> {
  let rosterTexts = start.roster
  let roster: Roster | null = rosterTexts
    ? parseRoster(rosterTexts.allowedSigners, rosterTexts.teamFile)
    : null
  const applied = { ...start.applied }
  const verdicts = new Map<string, CommitVerdict>()
  const refused: RefusedCommit[] = []
  const signersFile = join(scratch, 'allowed_signers.verify')
  // Every roster text the commits bring, read in one process rather than one per file.
  const rosterBlobs = commits.flatMap((commit) =>
    [commit.blobs.get(ALLOWED_SIGNERS_FILE), commit.blobs.get(TEAM_FILE)].filter(
      (blob): blob is string => blob !== undefined,
    ),
  )
  const rosterContents = await readBlobs(git, repo, rosterBlobs)
  const blobText = async (blob: string): Promise<string> =>
    rosterContents.get(blob) ?? (await git.run(repo, ['cat-file', 'blob', blob])).stdout
  // When the roster changes along the way, every signature is first read in one process against
  // every key any of these rosters lists; each is then judged against the roster as of its
  // parent, and a batch where one does not plainly fit is read again against that roster alone.
  let broad: Map<string, CommitSignature> | null = null
  const readBroad = async (from: number): Promise<Map<string, CommitSignature>> => {
    const lines = new Set<string>()
    const texts = [rosterTexts?.allowedSigners ?? '']
    for (const commit of commits.slice(from)) {
      const blob = commit.blobs.get(ALLOWED_SIGNERS_FILE)
      if (blob !== undefined) texts.push(await blobText(blob))
    }
    for (const text of texts) for (const line of text.split('\n')) if (line.trim()) lines.add(line)
    const unionFile = join(scratch, 'allowed_signers.union')
    await writeFile(unionFile, `${[...lines].join('\n')}\n`)
    return readSignatures(
      git,
      repo,
      commits.slice(from).map((commit) => commit.sha),
      unionFile,
    )
  }
  let index = 0
  while (index < commits.length) {
    const first = commits[index]
    if (!first) break
    if (roster === null || rosterTexts === null) {
      // The team's first commit: judged against the roster it brings (trust on first use).
      const signersBlob = first.blobs.get(ALLOWED_SIGNERS_FILE)
      const teamBlob = first.blobs.get(TEAM_FILE)
      let verdict: CommitVerdict
      let texts: RosterTexts | null = null
      if (first.parents.length !== 0 || !signersBlob || !teamBlob) {
        verdict = {
          accepted: false,
          signer: null,
          reason: 'it does not start a Factmark team (no roster)',
        }
      } else {
        texts = {
          allowedSigners: await blobText(signersBlob),
          teamFile: await blobText(teamBlob),
        }
        try {
          const created = parseRoster(texts.allowedSigners, texts.teamFile)
          await writeFile(signersFile, texts.allowedSigners)
          const signature = (await readSignatures(git, repo, [first.sha], signersFile)).get(
            first.sha,
          )
          verdict = judgeFirstCommit(first, signature ?? { status: 'E', signer: '' }, created)
          if (verdict.accepted) roster = created
        } catch (error) {
          verdict = { accepted: false, signer: null, reason: (error as Error).message }
        }
      }
      record(first, verdict)
      if (verdict.accepted && texts) rosterTexts = texts
      index += 1
      if (!verdict.accepted) {
        // Without an accepted roster nothing after it can be verified.
        for (const rest of commits.slice(index)) {
          record(rest, {
            accepted: false,
            signer: null,
            reason: 'the team’s first commit was refused',
          })
        }
        break
      }
      continue
    }
    // A batch runs to the next commit that changes the roster, inclusive: all judged by one roster.
    let end = index
    while (end < commits.length - 1 && !changesRoster(commits[end] as LoggedCommit)) end += 1
    const batch = commits.slice(index, end + 1)
    const current = roster
    // Signatures read before, against the starting roster: only for the first batch, judged by it.
    const before = index === 0 && start.roster !== null ? known : undefined
    if (!before && broad === null && end < commits.length - 1) broad = await readBroad(index)
    let signatures: ReadonlyMap<string, CommitSignature>
    if (before && batch.every((commit) => before.has(commit.sha))) {
      signatures = before
    } else if (broad && batch.every((commit) => fitsRoster(broad?.get(commit.sha), current))) {
      signatures = broad
    } else {
      await writeFile(signersFile, rosterTexts.allowedSigners)
      signatures = await readSignatures(
        git,
        repo,
        batch.map((commit) => commit.sha),
        signersFile,
      )
    }
    for (const commit of batch) {
      let verdict = judgeCommit(
        commit,
        signatures.get(commit.sha) ?? { status: 'E', signer: '' },
        roster,
      )
      if (verdict.accepted && changesRoster(commit)) {
        const signersBlob = commit.blobs.get(ALLOWED_SIGNERS_FILE)
        const teamBlob = commit.blobs.get(TEAM_FILE)
        const removes = commit.changes.some(
          (change) => classifyPath(change.path).kind === 'roster' && change.status === 'D',
        )
        try {
          if (removes) throw new Error('it removes the roster')
          const texts: RosterTexts = {
            allowedSigners: signersBlob ? await blobText(signersBlob) : rosterTexts.allowedSigners,
            teamFile: teamBlob ? await blobText(teamBlob) : rosterTexts.teamFile,
          }
          roster = parseRoster(texts.allowedSigners, texts.teamFile)
          rosterTexts = texts
        } catch (error) {
          verdict = { accepted: false, signer: verdict.signer, reason: (error as Error).message }
        }
      }
      record(commit, verdict)
    }
    index = end + 1
  }
  return { state: { roster: rosterTexts, applied }, verdicts, refused }

  function record(commit: LoggedCommit, verdict: CommitVerdict): void {
    verdicts.set(commit.sha, verdict)
    if (!verdict.accepted) {
      refused.push({
        commit: commit.sha,
        authorClaimed: commit.authorClaimed,
        signer: verdict.signer,
        reason: verdict.reason,
        committedAt: commit.committedAt,
      })
      return
    }
    for (const change of commit.changes) {
      const kind = classifyPath(change.path).kind
      if (kind !== 'editor-article' && kind !== 'text') continue
      const blob = commit.blobs.get(change.path)
      if (blob === undefined) delete applied[change.path]
      else applied[change.path] = blob
    }
  }
}

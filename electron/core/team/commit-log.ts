import type { CommitFacts } from '../../../shared/team/verify-rules'
import type { GitRunner } from './git-runner'

/** A commit as the verifier reads it: {@link CommitFacts} plus the blob each changed file got. */
export interface LoggedCommit extends CommitFacts {
  /** For each changed path that still exists after the commit, its new blob id. */
  blobs: Map<string, string>
  /** For each changed path that existed before the commit, its previous blob id. */
  previous: Map<string, string>
}

/**
 * Parses `git log --raw --no-abbrev --no-renames -z --format=%x1e%H%x1f%P%x1f%an%x1f%cI`: each
 * commit starts with U+001E, its header ends with NUL and a newline, then come its changes as
 * `:<mode> <mode> <old blob> <new blob> <status>` NUL `<path>` NUL.
 */
export function parseRawLog(text: string): LoggedCommit[] {
  const commits: LoggedCommit[] = []
  for (const chunk of text.split('\x1e')) {
    if (chunk.length === 0) continue
    const headerEnd = chunk.indexOf('\0')
    const header = headerEnd < 0 ? chunk : chunk.slice(0, headerEnd)
    const [sha = '', parents = '', authorClaimed = '', committedAt = ''] = header
      .trim()
      .split('\x1f')
    const commit: LoggedCommit = {
      sha,
      parents: parents.split(' ').filter((parent) => parent.length > 0),
      authorClaimed,
      committedAt,
      changes: [],
      blobs: new Map(),
      previous: new Map(),
    }
    const tokens =
      headerEnd < 0
        ? []
        : chunk
            .slice(headerEnd + 1)
            .replace(/^\n/, '')
            .split('\0')
    for (let index = 0; index + 1 < tokens.length; index += 2) {
      const meta = tokens[index] ?? ''
      const path = tokens[index + 1] ?? ''
      const fields = meta.replace(/^:/, '').split(' ')
      const status = fields[4]?.[0] ?? ''
      const blob = fields[3] ?? ''
      if (!status || !path) continue
      commit.changes.push({ status, path })
      if (status !== 'D') commit.blobs.set(path, blob)
      if (status !== 'A') commit.previous.set(path, fields[2] ?? '')
    }
    commits.push(commit)
  }
  return commits
}

/** The git arguments that print a range of first-parent history as {@link parseRawLog} reads it. */
const LOG_ARGS = [
  'log',
  '--reverse',
  '--first-parent',
  '--diff-merges=first-parent',
  '--raw',
  '--no-abbrev',
  '--no-renames',
  '-z',
  '--format=%x1e%H%x1f%P%x1f%an%x1f%cI',
]

/**
 * The commits of `range` (e.g. `abc..origin/main`, or a tip for all its history), oldest first,
 * following first parents, with every file each changed; `paths` limits it to commits that touch
 * them (still listing all their changes).
 */
export async function readCommits(
  git: GitRunner,
  repo: string,
  range: string,
  paths: readonly string[] = [],
): Promise<LoggedCommit[]> {
  const args =
    paths.length > 0
      ? [...LOG_ARGS, '--full-diff', range, '--', ...paths]
      : [...LOG_ARGS, range, '--']
  const { stdout } = await git.run(repo, args)
  return parseRawLog(stdout)
}

/** What git found of one commit's signature: `%G?`, `%GS` and the signing key's fingerprint. */
export interface CommitSignature {
  status: string
  signer: string
  /** The signing key's fingerprint (`SHA256:…`, `%GK`), empty when git found none. */
  key: string
}

/** The format of one signature line: sha, `%G?`, `%GS`, `%GK`. */
const SIGNATURE_FORMAT = '--format=%H%x1f%G?%x1f%GS%x1f%GK'

function signatureOptions(allowedSignersFile: string): string[] {
  return ['-c', `gpg.ssh.allowedSignersFile=${allowedSignersFile}`, '-c', 'gpg.format=ssh']
}

function parseSignatures(stdout: string): Map<string, CommitSignature> {
  const result = new Map<string, CommitSignature>()
  for (const line of stdout.split('\n')) {
    const [sha, status = 'E', signer = '', key = ''] = line.split('\x1f')
    if (sha) result.set(sha, { status, signer, key })
  }
  return result
}

/** What git found of each commit's signature, checked against the roster in `allowedSigners`. */
export async function readSignatures(
  git: GitRunner,
  repo: string,
  shas: readonly string[],
  allowedSignersFile: string,
): Promise<Map<string, CommitSignature>> {
  if (shas.length === 0) return new Map()
  const { stdout } = await git.run(
    repo,
    [
      ...signatureOptions(allowedSignersFile),
      'log',
      '--no-walk=unsorted',
      '--stdin',
      SIGNATURE_FORMAT,
    ],
    { input: `${shas.join('\n')}\n` },
  )
  return parseSignatures(stdout)
}

/**
 * The signatures of the first-parent commits of `range` (as {@link readCommits} lists them),
 * checked against the roster in `allowedSignersFile`: read without knowing the commits first, so
 * it can run beside {@link readCommits}.
 */
export async function readRangeSignatures(
  git: GitRunner,
  repo: string,
  range: string,
  allowedSignersFile: string,
): Promise<Map<string, CommitSignature>> {
  const { stdout } = await git.run(repo, [
    ...signatureOptions(allowedSignersFile),
    'log',
    '--first-parent',
    SIGNATURE_FORMAT,
    range,
    '--',
  ])
  return parseSignatures(stdout)
}

/**
 * The contents of many blobs in one `git cat-file --batch` (one process, however many files), as
 * UTF-8 text; a blob git does not have is left out.
 */
export async function readBlobs(
  git: GitRunner,
  repo: string,
  blobs: readonly string[],
): Promise<Map<string, string>> {
  const result = new Map<string, string>()
  if (blobs.length === 0) return result
  const bytes = await git.runBytes(
    repo,
    ['cat-file', '--batch'],
    `${[...new Set(blobs)].join('\n')}\n`,
  )
  let offset = 0
  while (offset < bytes.length) {
    const lineEnd = bytes.indexOf(10, offset)
    if (lineEnd < 0) break
    const header = bytes.subarray(offset, lineEnd).toString('utf8').split(' ')
    offset = lineEnd + 1
    if (header[1] === 'missing' || header.length < 3) continue
    const size = Number(header[2])
    result.set(header[0] ?? '', bytes.subarray(offset, offset + size).toString('utf8'))
    offset += size + 1
  }
  return result
}

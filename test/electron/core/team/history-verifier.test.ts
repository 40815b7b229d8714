import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readCommits, readRangeSignatures } from '../../../../electron/core/team/commit-log'
import { GitRunner, type GitRunOptions } from '../../../../electron/core/team/git-runner'
import { verifyCommits } from '../../../../electron/core/team/history-verifier'
import { ensureSigningKey, type SigningKey } from '../../../../electron/core/team/signing-key'
import {
  formatAllowedSigners,
  formatTeamFile,
  parsePublicKey,
  type RosterEntry,
} from '../../../../shared/team/roster'
import { editorArticlePath } from '../../../../shared/team/team-paths'
import { withTempDir } from '../../main/fixtures'
import { ana, ben, git } from './team-fixture'

/** A GitRunner that counts the git commands it runs, by their first words. */
class CountingRunner extends GitRunner {
  readonly commands: string[] = []

  override run(cwd: string | undefined, args: readonly string[], options?: GitRunOptions) {
    this.commands.push(args.filter((arg) => !arg.includes('=') && arg !== '-c').join(' '))
    return super.run(cwd, args, options)
  }
}

/** A repository where commits are made by hand, each signed with the key given. */
async function handRepo(dir: string) {
  const repo = join(dir, 'repo')
  await mkdir(repo, { recursive: true })
  await git(repo, ['init', '--quiet', '--initial-branch=main'])
  return {
    repo,
    async commit(files: Record<string, string>, key: SigningKey, author: string): Promise<string> {
      for (const [path, content] of Object.entries(files)) {
        await mkdir(dirname(join(repo, path)), { recursive: true })
        await writeFile(join(repo, path), content)
      }
      await git(repo, ['add', '-A'])
      await git(repo, [
        ...['-c', `user.name=${author}`, '-c', 'user.email=someone@example.org'],
        ...['-c', 'gpg.format=ssh', '-c', `user.signingkey=${key.privateKeyPath}`],
        ...['commit', '--quiet', '-S', '-m', `${author} commits`],
      ])
      return (await git(repo, ['rev-parse', 'HEAD'])).trim()
    },
  }
}

/** Ben's file of article `hex` × 16. */
function benFile(hex: string): string {
  return editorArticlePath(ben.id, hex.repeat(16))
}

function roster(entries: [string, SigningKey][]): Record<string, string> {
  const list: RosterEntry[] = entries.map(([editorId, key]) => ({
    editorId,
    key: parsePublicKey(key.publicKey),
  }))
  return {
    allowed_signers: formatAllowedSigners(list),
    'team.json': formatTeamFile([ana.id]),
  }
}

describe('verifyCommits across roster changes', () => {
  it('judges each commit by the roster as of its parent, a rotated key included', async () => {
    await withTempDir(async (dir) => {
      const anaKey = await ensureSigningKey(join(dir, 'ana'), ana.id)
      const benOld = await ensureSigningKey(join(dir, 'ben-old'), ben.id)
      const benNew = await ensureSigningKey(join(dir, 'ben-new'), ben.id)
      const { repo, commit } = await handRepo(dir)
      const root = await commit(
        roster([
          [ana.id, anaKey],
          [ben.id, benOld],
        ]),
        anaKey,
        'Ana',
      )
      const oldBefore = await commit({ [benFile('a')]: '1' }, benOld, 'Ben')
      const newBefore = await commit({ [benFile('b')]: '1' }, benNew, 'Ben')
      const rotation = await commit(
        roster([
          [ana.id, anaKey],
          [ben.id, benNew],
        ]),
        anaKey,
        'Ana',
      )
      const oldAfter = await commit({ [benFile('c')]: '1' }, benOld, 'Ben')
      const newAfter = await commit({ [benFile('d')]: '1' }, benNew, 'Ben')
      const runner = new GitRunner()
      const commits = await readCommits(runner, repo, 'HEAD')
      const scratch = join(dir, 'scratch')
      await mkdir(scratch)
      const outcome = await verifyCommits(runner, repo, scratch, commits, {
        roster: null,
        applied: {},
      })
      const accepted = (sha: string) => outcome.verdicts.get(sha)?.accepted
      expect(accepted(root)).toBe(true)
      expect(accepted(oldBefore)).toBe(true)
      expect(accepted(newBefore)).toBe(false)
      expect(accepted(rotation)).toBe(true)
      expect(accepted(oldAfter)).toBe(false)
      expect(accepted(newAfter)).toBe(true)
      expect(outcome.refused.map((entry) => entry.commit)).toEqual([newBefore, oldAfter])
      expect(Object.keys(outcome.state.applied).sort()).toEqual([benFile('a'), benFile('d')])
    })
  }, 600_000)

  it('reads the signatures of a clean history with several roster changes in one process after the first commit', async () => {
    await withTempDir(async (dir) => {
      const anaKey = await ensureSigningKey(join(dir, 'ana'), ana.id)
      const benKey = await ensureSigningKey(join(dir, 'ben'), ben.id)
      const choKey = await ensureSigningKey(join(dir, 'cho'), 'cho-min')
      const { repo, commit } = await handRepo(dir)
      await commit(roster([[ana.id, anaKey]]), anaKey, 'Ana')
      await commit(
        roster([
          [ana.id, anaKey],
          [ben.id, benKey],
        ]),
        anaKey,
        'Ana',
      )
      await commit({ [benFile('a')]: '1' }, benKey, 'Ben')
      await commit(
        roster([
          [ana.id, anaKey],
          [ben.id, benKey],
          ['cho-min', choKey],
        ]),
        anaKey,
        'Ana',
      )
      await commit({ 'editors/cho-min/a': '1' }, choKey, 'Cho')
      const runner = new CountingRunner()
      const commits = await readCommits(runner, repo, 'HEAD')
      const scratch = join(dir, 'scratch')
      await mkdir(scratch)
      runner.commands.length = 0
      const outcome = await verifyCommits(runner, repo, scratch, commits, {
        roster: null,
        applied: {},
      })
      expect(outcome.refused).toEqual([])
      expect([...outcome.verdicts.values()].every((verdict) => verdict.accepted)).toBe(true)
      // The first commit's signature against its own roster, then all the others at once.
      expect(runner.commands.filter((command) => command.startsWith('log'))).toHaveLength(2)
      expect(runner.commands.filter((command) => command.startsWith('cat-file blob'))).toEqual([])
    })
  }, 600_000)

  it('judges new commits by signatures read beside them, without asking git again', async () => {
    await withTempDir(async (dir) => {
      const anaKey = await ensureSigningKey(join(dir, 'ana'), ana.id)
      const benKey = await ensureSigningKey(join(dir, 'ben'), ben.id)
      const { repo, commit } = await handRepo(dir)
      const root = await commit(
        roster([
          [ana.id, anaKey],
          [ben.id, benKey],
        ]),
        anaKey,
        'Ana',
      )
      const work = await commit({ [benFile('a')]: '1' }, benKey, 'Ben')
      const runner = new CountingRunner()
      const scratch = join(dir, 'scratch')
      await mkdir(scratch)
      const first = await verifyCommits(
        runner,
        repo,
        scratch,
        await readCommits(runner, repo, root),
        {
          roster: null,
          applied: {},
        },
      )
      const signersFile = join(scratch, 'incoming')
      await writeFile(signersFile, first.state.roster!.allowedSigners)
      const range = `${root}..${work}`
      const [commits, known] = await Promise.all([
        readCommits(runner, repo, range),
        readRangeSignatures(runner, repo, range, signersFile),
      ])
      expect(known.get(work)).toMatchObject({ status: 'G', signer: ben.id })
      runner.commands.length = 0
      const outcome = await verifyCommits(runner, repo, scratch, commits, first.state, known)
      expect(outcome.verdicts.get(work)?.accepted).toBe(true)
      expect(runner.commands).toEqual([])
      // What was read is what counts: a signature read as missing refuses the commit.
      const unsigned = new Map([[work, { status: 'N', signer: '', key: '' }]])
      const refused = await verifyCommits(runner, repo, scratch, commits, first.state, unsigned)
      expect(refused.verdicts.get(work)).toMatchObject({ accepted: false })
    })
  }, 600_000)
})

import { chmod, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  GitRunner,
  looksUnreachable,
  parseGitVersion,
} from '../../../../electron/core/team/git-runner'
import { withTempDir } from '../../main/fixtures'

describe('GitRunner', () => {
  it('reads git’s version and runs commands with an argument list, never a shell', async () => {
    expect(parseGitVersion('git version 2.39.5')).toEqual([2, 39, 5])
    expect(parseGitVersion('git version 2.34.1.windows.1')).toEqual([2, 34, 1])
    expect(parseGitVersion('nope')).toBeNull()
    const git = new GitRunner()
    expect(await git.check()).toMatch(/^\d+\.\d+\.\d+$/)
    await withTempDir(async (dir) => {
      // A shell would run the `touch`; an argument list makes it one (bad) option value.
      const out = await git.run(
        dir,
        ['init', '--quiet', `--template=$(touch ${join(dir, 'pwned')})`],
        {
          allowFailure: true,
        },
      )
      expect(typeof out.code).toBe('number')
      const { readdir } = await import('node:fs/promises')
      expect(await readdir(dir)).not.toContain('pwned')
    })
  })

  it('says what to install when git is missing', async () => {
    const git = new GitRunner('git-that-is-not-installed-anywhere')
    await expect(git.check()).rejects.toMatchObject({
      reason: 'git-missing',
      message: expect.stringMatching(/Install Git 2\.34 or later/),
    })
  })

  it('refuses a git older than 2.34, which cannot sign with SSH keys', async () => {
    await withTempDir(async (dir) => {
      const fake = join(dir, 'old-git')
      await writeFile(fake, '#!/bin/sh\necho "git version 2.30.2"\n')
      await chmod(fake, 0o755)
      await expect(new GitRunner(fake).check()).rejects.toMatchObject({
        reason: 'git-too-old',
        message: expect.stringMatching(/Git 2\.30\.2 is too old: .*2\.34 or later/),
      })
    })
  })

  it('fails with git’s own message, and tells an unreachable server apart', async () => {
    await withTempDir(async (dir) => {
      await expect(new GitRunner().run(dir, ['rev-parse', 'HEAD'])).rejects.toMatchObject({
        reason: 'git-failed',
        message: expect.stringMatching(/not a git repository/),
      })
    })
    expect(looksUnreachable('fatal: unable to connect to 127.0.0.1:\nConnection refused')).toBe(
      true,
    )
    expect(looksUnreachable('fatal: bad revision')).toBe(false)
  })
})

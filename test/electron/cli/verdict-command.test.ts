import { describe, expect, it } from 'vitest'
import { SettingsStore } from '../../../electron/core/store/settings-store'
import { DEFAULT_RATING_SCALE } from '../../../shared/model/fact-check'
import { run } from './cli-harness'
import { seededTag, tagsOf } from './seeded-library'
import { withTempDir } from '../main/fixtures'

/** The seed with Ana's tag (a claim unless told) on sentence 4. */
async function tagClaim(dir: string, kind = 'claim') {
  const { id, tagId } = await seededTag(dir, { sentence: 4, kind })
  return { articleId: id, tagId }
}

async function factCheckOf(dir: string, articleId: string) {
  return (await tagsOf(dir, articleId))[0]?.factCheck
}

describe('factmark verdict', () => {
  it('sets the status, then a verdict by name, and prints where the check stands', async () => {
    await withTempDir(async (dir) => {
      const { articleId, tagId } = await tagClaim(dir)
      const verdict = (...flags: string[]) =>
        run(['--data-dir', dir, 'verdict', tagId, '--editor', 'Ana Ruiz', ...flags])
      const researching = await verdict('--status', 'researching', '--claimant', 'The mayor')
      expect(researching).toMatchObject({
        code: 0,
        stderr: '',
        stdout: `${tagId} status: Researching, claimant: The mayor\n`,
      })
      const given = await verdict('--verdict', 'Mostly false', '--summary', 'Crime fell 40%')
      expect(given.stdout).toBe(
        `${tagId} status: Verdict, verdict: Mostly false, claimant: The mayor, summary: Crime fell 40%\n`,
      )
      const check = await factCheckOf(dir, articleId)
      expect(check).toMatchObject({
        status: 'verdict',
        verdict: 'mostly-false',
        claimant: 'The mayor',
        summary: 'Crime fell 40%',
      })
      expect(Date.parse(check?.verdictAt ?? '')).not.toBeNaN()

      const json = await verdict('--status', 'published', '--json')
      expect(JSON.parse(json.stdout)).toMatchObject({
        articleId,
        tag: { id: tagId, factCheck: { status: 'published', verdict: 'mostly-false' } },
      })
    })
  })

  it('refuses unknown names with the valid list, and a verdict with an early status', async () => {
    await withTempDir(async (dir) => {
      const { articleId, tagId } = await tagClaim(dir)
      const verdict = (...flags: string[]) =>
        run(['--data-dir', dir, 'verdict', tagId, '--editor', 'Ana Ruiz', ...flags])
      const status = await verdict('--status', 'done')
      expect(status.code).toBe(2)
      expect(status.stderr).toContain(
        'unknown status “done”: use one of to-check, researching, verdict, published, not-checkable',
      )
      const rating = await verdict('--verdict', 'pants on fire')
      expect(rating.code).toBe(2)
      expect(rating.stderr).toContain(
        'unknown verdict “pants on fire”: use one of true, mostly-true, half-true',
      )
      const early = await verdict('--status', 'to-check', '--verdict', 'false')
      expect(early.code).toBe(2)
      expect(early.stderr).toContain('--verdict needs the status verdict or published')
      expect(await factCheckOf(dir, articleId)).toBeUndefined()
      const none = await verdict()
      expect(none.code).toBe(2)
      expect(none.stderr).toContain('verdict needs at least one of')
    })
  })

  it('reads the ratings from the library’s own scale', async () => {
    await withTempDir(async (dir) => {
      const { tagId } = await tagClaim(dir)
      const settings = await SettingsStore.open(dir, 'Ana Ruiz')
      await settings.setFactCheck({
        ratingScale: {
          ...DEFAULT_RATING_SCALE,
          ratings: [{ id: 'pants-on-fire', name: 'Pants on fire', value: 1 }],
        },
      })
      const done = await run([
        '--data-dir',
        dir,
        'verdict',
        tagId,
        '--editor',
        'Ana Ruiz',
        '--verdict',
        'pants on fire',
      ])
      expect(done).toMatchObject({
        code: 0,
        stdout: `${tagId} status: Verdict, verdict: Pants on fire\n`,
      })
      const old = await run([
        '--data-dir',
        dir,
        'verdict',
        tagId,
        '--editor',
        'Ana Ruiz',
        '--verdict',
        'true',
      ])
      expect(old.stderr).toContain('use one of pants-on-fire')
    })
  })

  it('changes only the author’s claim and disputed tags', async () => {
    await withTempDir(async (dir) => {
      const { tagId } = await tagClaim(dir)
      const other = await run([
        '--data-dir',
        dir,
        'verdict',
        tagId,
        '--editor',
        'Ben',
        '--status',
        'researching',
      ])
      expect(other.code).toBe(1)
      expect(other.stderr).toContain('is Ana Ruiz’s: only its author changes its fact-check')
      const missing = await run([
        '--data-dir',
        dir,
        'verdict',
        'tag-00000000',
        '--status',
        'researching',
      ])
      expect(missing).toMatchObject({ code: 1 })
      expect(missing.stderr).toContain('No tag with id tag-00000000')
    })
    await withTempDir(async (dir) => {
      const { tagId } = await tagClaim(dir, 'quote')
      const quote = await run([
        '--data-dir',
        dir,
        'verdict',
        tagId,
        '--editor',
        'Ana Ruiz',
        '--status',
        'researching',
      ])
      expect(quote.code).toBe(1)
      expect(quote.stderr).toContain('only claim and disputed tags carry a verdict')
    })
  })
})

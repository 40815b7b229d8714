import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LibraryStore } from '../../../electron/core/store/library-store'
import { annotationSchema } from '../../../shared/model/annotation'
import { withTempDir } from '../main/fixtures'
import { importSeed, run } from './cli-harness'
import { seededTag } from './seeded-library'

/** The seed with Ana's claim on sentence 1 given a verdict (as the verdict keys would). */
async function claimWithVerdict(dir: string): Promise<{ id: string; tagId: string }> {
  const { id, tagId } = await seededTag(dir)
  const store = await LibraryStore.open(dir)
  const [tag] = await store.tags(id)
  const checked = annotationSchema.parse({
    ...tag,
    factCheck: {
      status: 'verdict',
      verdict: 'mostly-false',
      claimant: 'Ministry of Finance',
      summary: 'Exports fell by half.',
      verdictAt: '2025-11-20T09:00:00.000Z',
    },
  })
  await store.saveWork(id, { tags: [checked] }, checked.author)
  await store.close()
  return { id, tagId }
}

describe('factmark export --format claimreview', () => {
  it('exits 1 listing the required fields that are missing', async () => {
    await withTempDir(async (dir) => {
      const { id } = await claimWithVerdict(dir)
      const out = join(dir, 'review.jsonld')
      const result = await run([
        '--data-dir',
        dir,
        'export',
        id,
        '--format',
        'claimreview',
        '--out',
        out,
      ])
      expect(result.code).toBe(1)
      expect(result.stderr).toContain('required fields are missing')
      expect(result.stderr).toContain('The publisher (ClaimReview author) is not set')
      expect(result.stderr).toContain('has no fact-check address')
      expect(result.stderr).not.toContain('claimant')
    })
  })

  it('writes the ClaimReview with --publisher and --review-url, warning about what is recommended', async () => {
    await withTempDir(async (dir) => {
      const { id, tagId } = await claimWithVerdict(dir)
      const out = join(dir, 'review.jsonld')
      const result = await run([
        '--data-dir',
        dir,
        'export',
        id,
        '--format',
        'claimreview',
        '--out',
        out,
        '--publisher',
        'Desk Checks',
        '--review-url',
        'https://desk.example.org/checks/{id}',
      ])
      expect(result).toMatchObject({ code: 0, stdout: `${out}\n` })
      const [review] = JSON.parse(await readFile(out, 'utf8')) as Record<string, unknown>[]
      expect(review).toMatchObject({
        '@type': 'ClaimReview',
        url: `https://desk.example.org/checks/${tagId}`,
        claimReviewed: 'Exports fell by half.',
        author: { '@type': 'Organization', name: 'Desk Checks' },
        reviewRating: {
          ratingValue: 2,
          bestRating: 5,
          worstRating: 1,
          alternateName: 'Mostly false',
        },
        itemReviewed: {
          '@type': 'Claim',
          author: { '@type': 'Organization', name: 'Ministry of Finance' },
        },
      })
      // The seed has no date: a recommended field, so a warning and no refusal.
      expect(result.stderr).toContain('warning')
    })
  })

  it('refuses a bad pattern, a bad --rejected and ClaimReview flags on other formats', async () => {
    await withTempDir(async (dir) => {
      const { id } = await importSeed(dir)
      const out = join(dir, 'x')
      const base = ['--data-dir', dir, 'export', id, '--out', out]
      expect(
        (await run([...base, '--format', 'claimreview', '--review-url', 'https://x.org/'])).code,
      ).toBe(2)
      expect((await run([...base, '--format', 'html', '--rejected', 'hide'])).code).toBe(2)
      expect((await run([...base, '--format', 'html', '--preset', 'all'])).code).toBe(2)
      expect((await run([...base, '--format', 'html', '--publisher', 'Desk'])).code).toBe(2)
    })
  })
})

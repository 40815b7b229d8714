import { describe, expect, it } from 'vitest'
import type { ClaimJson } from '../../../electron/cli/claims-command'
import { LibraryStore } from '../../../electron/core/store/library-store'
import { parsePlainText } from '../../../shared/import/plain-text'
import { ANA, BEN, tagArticle } from '../core/claims/claims-fixture'
import { withTempDir } from '../main/fixtures'
import { run } from './cli-harness'

const TEXT = `Council report

The mayor said taxes fell by 3 percent. Crime rose, the chief claimed. The river is long.`

/** A library with three tags: two claims (one with a verdict) and a disputed sentence. */
async function library(dir: string): Promise<void> {
  const store = await LibraryStore.open(dir)
  try {
    const meta = await store.add(parsePlainText(TEXT), 'report.txt')
    await store.updateMeta(meta.id, { outlet: 'Gazette' })
    await tagArticle(
      store,
      meta.id,
      [
        {
          quote: 'The mayor said taxes fell by 3 percent.',
          kind: 'claim',
          author: ANA,
          factCheck: { status: 'verdict', verdict: 'mostly-false', claimant: 'The mayor' },
        },
        { quote: 'Crime rose, the chief claimed.', kind: 'disputed', author: BEN },
        { quote: 'The river is long.', kind: 'claim', author: BEN },
      ],
      [{ tag: 0, author: BEN, verdict: 'reject', text: 'He said 2 percent.' }],
    )
  } finally {
    await store.close()
  }
}

describe('factmark claims', () => {
  it('lists every claim as JSON, filtered by status, verdict and editor', async () => {
    await withTempDir(async (dir) => {
      await library(dir)
      const all = await run(['--data-dir', dir, 'claims', '--json'])
      expect(all.code).toBe(0)
      const claims = JSON.parse(all.stdout) as ClaimJson[]
      expect(claims.map((claim) => claim.text)).toEqual([
        'The mayor said taxes fell by 3 percent.',
        'Crime rose, the chief claimed.',
        'The river is long.',
      ])
      expect(claims[0]).toMatchObject({
        kind: 'claim',
        claimant: 'The mayor',
        status: 'verdict',
        verdict: 'mostly-false',
        verdictName: 'Mostly false',
        review: 'rejected',
        editor: ANA,
        article: { title: 'Council report', outlet: 'Gazette' },
        story: null,
      })
      const texts = async (...options: string[]) =>
        (
          JSON.parse(
            (await run(['--data-dir', dir, 'claims', '--json', ...options])).stdout,
          ) as ClaimJson[]
        ).map((claim) => claim.text)
      expect(await texts('--status', 'verdict')).toEqual([
        'The mayor said taxes fell by 3 percent.',
      ])
      expect(await texts('--status', 'none')).toEqual([
        'Crime rose, the chief claimed.',
        'The river is long.',
      ])
      expect(await texts('--verdict', 'Mostly false')).toEqual([
        'The mayor said taxes fell by 3 percent.',
      ])
      expect(await texts('--verdict', 'none', '--editor', 'ben okafor')).toEqual([
        'Crime rose, the chief claimed.',
        'The river is long.',
      ])
      expect(await texts('--editor', 'nobody')).toEqual([])
    })
  })

  it('prints a table, and refuses a status or verdict it does not know', async () => {
    await withTempDir(async (dir) => {
      await library(dir)
      const table = await run(['--data-dir', dir, 'claims', '--editor', ANA.id])
      expect(table.code).toBe(0)
      const lines = table.stdout.trimEnd().split('\n')
      expect(lines[0]).toMatch(
        /^TAG +KIND +STATUS +VERDICT +REVIEW +EDITOR +CLAIMANT +ARTICLE +CLAIM$/,
      )
      expect(lines).toHaveLength(2)
      expect(lines[1]).toContain('Mostly false')
      expect(lines[1]).toContain('Rejected')
      expect(lines[1]).toContain('Council report · Gazette')
      expect(lines[1]).toContain('“The mayor said taxes fell by 3 percent.”')

      const badStatus = await run(['--data-dir', dir, 'claims', '--status', 'done'])
      expect(badStatus.code).toBe(2)
      expect(badStatus.stderr).toContain('--status must be one of to-check, researching')
      const badVerdict = await run(['--data-dir', dir, 'claims', '--verdict', 'maybe'])
      expect(badVerdict.code).toBe(2)
      expect(badVerdict.stderr).toContain('--verdict must be one of true, mostly-true')
      const none = await run(['--data-dir', dir, 'claims', '--status', 'published'])
      expect(none.stdout).toBe('No claim matches these options.\n')
    })
  })
})

import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LibraryStore } from '../../../electron/core/store/library-store'
import { withTempDir } from '../main/fixtures'
import { run } from './cli-harness'
import { seededTag } from './seeded-library'
import { parseRfc4180 } from '../../shared/export/rfc4180'

describe('factmark review and comment', () => {
  it('accept copies the tag crediting its author, reject and comment are recorded, exports show them', async () => {
    await withTempDir(async (dir) => {
      const { id, tagId } = await seededTag(dir)
      const accepted = await run([
        '--data-dir',
        dir,
        'review',
        tagId,
        '--accept',
        '--editor',
        'Ben Okafor',
        '--json',
      ])
      expect(accepted.code).toBe(0)
      const report = JSON.parse(accepted.stdout) as {
        changed: boolean
        review: { verdict: string; author: { name: string } }
        copy: { acceptedFrom: { annotationId: string; author: { name: string } }; kind: string }
      }
      expect(report.changed).toBe(true)
      expect(report.review).toMatchObject({ verdict: 'accept', author: { name: 'Ben Okafor' } })
      expect(report.copy).toMatchObject({
        kind: 'claim',
        acceptedFrom: { annotationId: tagId, author: { name: 'Ana Ruiz' } },
      })
      const again = await run([
        '--data-dir',
        dir,
        'review',
        tagId,
        '--accept',
        '--editor',
        'Ben Okafor',
      ])
      expect(again).toMatchObject({ code: 0 })
      expect(again.stdout).toContain('nothing changed')

      const rejected = await run([
        '--data-dir',
        dir,
        'review',
        tagId,
        '--reject',
        '--reason',
        'No source.',
        '--editor',
        'Cara Díaz',
      ])
      expect(rejected.code).toBe(0)
      expect(rejected.stdout).toContain(`Rejected tag ${tagId}`)
      const comment = await run([
        '--data-dir',
        dir,
        'comment',
        tagId,
        '--text',
        'Which report?',
        '--editor',
        'Cara Díaz',
      ])
      expect(comment.code).toBe(0)

      const store = await LibraryStore.open(dir)
      const reviews = await store.reviews(id)
      await store.close()
      expect(
        reviews.map((review) => [review.author.name, review.verdict, review.text]).sort(),
      ).toEqual([
        ['Ben Okafor', 'accept', ''],
        ['Cara Díaz', 'comment', 'Which report?'],
        ['Cara Díaz', 'reject', 'No source.'],
      ])

      const csvPath = join(dir, 'tags.csv')
      expect(
        (await run(['--data-dir', dir, 'export', id, '--format', 'csv', '--out', csvPath])).code,
      ).toBe(0)
      const [header, ...rows] = parseRfc4180((await readFile(csvPath, 'utf8')).slice(1))
      const row = rows.find((cells) => cells[header!.indexOf('tagId')] === tagId)!
      const cell = (name: string) => row[header!.indexOf(name)]
      expect(cell('reviewState')).toBe('contested')
      expect(cell('acceptedBy')).toBe('Ben Okafor')
      expect(cell('rejectedReason')).toBe('Cara Díaz: No source.')
      expect(cell('discussion')).toBe('Cara Díaz: Which report?')
      const copy = rows.find((cells) => cells[header!.indexOf('originalAuthor')] === 'Ana Ruiz')
      expect(copy?.[header!.indexOf('authorName')]).toBe('Ben Okafor')

      // A publishable copy leaves the contested tag out and keeps Ben's accepted copy.
      const htmlPath = join(dir, 'copy.html')
      const html = await run([
        '--data-dir',
        dir,
        'export',
        id,
        '--format',
        'html',
        '--out',
        htmlPath,
        '--preset',
        'publishable',
      ])
      expect(html.code).toBe(0)
      const page = await readFile(htmlPath, 'utf8')
      expect(page).toContain('publishable copy')
      expect(page).toContain('Originally tagged by')
      expect(page.match(/<li id="tag-\d+"/g)).toHaveLength(1)
    })
  })

  it('refuses a verdict on one’s own tag, a reject without reason and an unknown tag', async () => {
    await withTempDir(async (dir) => {
      const { tagId } = await seededTag(dir)
      const own = await run([
        '--data-dir',
        dir,
        'review',
        tagId,
        '--accept',
        '--editor',
        'Ana Ruiz',
      ])
      expect(own.code).toBe(1)
      expect(own.stderr).toContain('own')
      const noReason = await run([
        '--data-dir',
        dir,
        'review',
        tagId,
        '--reject',
        '--editor',
        'Ben',
      ])
      expect(noReason.code).toBe(2)
      expect(noReason.stderr).toContain('--reason')
      const both = await run([
        '--data-dir',
        dir,
        'review',
        tagId,
        '--accept',
        '--reject',
        '--reason',
        'x',
      ])
      expect(both.code).toBe(2)
      const unknown = await run(['--data-dir', dir, 'comment', 'no-such-tag-0000', '--text', 'Hm'])
      expect(unknown.code).toBe(1)
      expect(unknown.stderr).toContain('no-such-tag-0000')
      const empty = await run(['--data-dir', dir, 'comment', tagId, '--text', '  '])
      expect(empty.code).toBe(2)
    })
  })
})

import { describe, expect, it } from 'vitest'
import { copyFile, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { run } from './cli-harness'
import { withTempDir } from '../main/fixtures'

const FIXTURES = fileURLToPath(new URL('../../fixtures/import/', import.meta.url))

describe('factmark import', () => {
  it('reads web pages, Word documents and PDFs, and says why a file was not read', async () => {
    await withTempDir(async (dir) => {
      for (const name of [
        'harbour-news.html',
        'night-ferry.docx',
        'water-board.pdf',
        'scanned.pdf',
      ]) {
        await copyFile(join(FIXTURES, name), join(dir, name))
      }
      const args = ['--data-dir', join(dir, 'lib'), 'import', '--json']
      const result = await run(
        [...args, 'harbour-news.html', 'night-ferry.docx', 'water-board.pdf', 'scanned.pdf'],
        {},
        dir,
      )
      expect(result.code).toBe(1)
      expect(JSON.parse(result.stdout).map((article: { title: string }) => article.title)).toEqual([
        'Harbour Bridge Reopens After Eight Months of Repairs',
        'Council Approves Night Ferry Trial',
        'Water Board Delays Price Rise',
      ])
      expect(result.stderr).toMatch(/^factmark: scanned\.pdf: This PDF has no text layer/m)
      const listed = await run(['--data-dir', join(dir, 'lib'), 'list'])
      expect(listed.stdout).toContain('2025-11-17')
      expect(listed.stdout).toContain('(The Coastal Ledger)')
      // The same files again: already there, skipped, not an error.
      const again = await run([...args, 'harbour-news.html', 'night-ferry.docx'], {}, dir)
      expect(again).toMatchObject({ code: 0, stdout: '[]\n' })
      expect(again.stderr).toContain(
        'factmark: harbour-news.html: already in the library as “Harbour Bridge Reopens After Eight Months of Repairs”; skipped',
      )
    })
  })

  it('reads text that is not UTF-8 as Windows-1252 only with --encoding windows-1252', async () => {
    await withTempDir(async (dir) => {
      await copyFile(join(FIXTURES, 'windows-1252.txt'), join(dir, 'cp.txt'))
      const lib = ['--data-dir', join(dir, 'lib')]
      const refused = await run([...lib, 'import', 'cp.txt'], {}, dir)
      expect(refused).toMatchObject({ code: 1, stdout: '' })
      expect(refused.stderr).toContain(
        'cp.txt: not valid UTF-8 text; run again with --encoding windows-1252 to read it as Windows-1252',
      )
      const read = await run([...lib, 'import', '--encoding', 'windows-1252', 'cp.txt'], {}, dir)
      expect(read).toMatchObject({ code: 0, stderr: '' })
      const shown = await run([...lib, 'show', read.stdout.trim()])
      expect(shown.stdout).toContain('“unfair” and – in the words of one nurse – “dangerous”.')
      const bad = await run([...lib, 'import', '--encoding', 'latin-9', 'cp.txt'], {}, dir)
      expect(bad.code).toBe(2)
      expect(bad.stderr).toContain('--encoding takes windows-1252')
    })
  })

  it('replaces a newer version of an article, keeping its tags, only with --update', async () => {
    await withTempDir(async (dir) => {
      const lib = ['--data-dir', join(dir, 'lib')]
      await copyFile(join(FIXTURES, 'harbour-news.html'), join(dir, 'v1.html'))
      const first = await run([...lib, 'import', 'v1.html'], {}, dir)
      const id = first.stdout.trim()
      const tagged = await run([...lib, 'tag', id, '--sentence', '2', '--kind', 'claim'])
      expect(tagged.code).toBe(0)
      const html = (await readFile(join(dir, 'v1.html'), 'utf8')).replace(
        '14 million',
        '15 million',
      )
      await writeFile(join(dir, 'v2.html'), html)

      const offered = await run([...lib, 'import', 'v2.html'], {}, dir)
      expect(offered).toMatchObject({ code: 1, stdout: '' })
      expect(offered.stderr).toContain(
        `v2.html: looks like a newer version of “Harbour Bridge Reopens After Eight Months of Repairs” (${id}, the same web address); run again with --update to replace its text, keeping its 1 tag`,
      )
      const updated = await run([...lib, 'import', '--update', 'v2.html'], {}, dir)
      expect(updated).toMatchObject({ code: 0, stdout: `${id}\n` })
      expect(updated.stderr).toContain(
        'updated “Harbour Bridge Reopens After Eight Months of Repairs”',
      )
      expect((await run([...lib, 'show', id])).stdout).toContain('15 million euros')
      const tags = JSON.parse((await run([...lib, 'tags', id, '--json'])).stdout)
      expect(tags).toHaveLength(1)
    })
  })
})

describe('factmark import of an annotation file', () => {
  it('places a W3C export’s tags and prints placed, orphaned and skipped counts', async () => {
    await withTempDir(async (dir) => {
      const source = ['--data-dir', join(dir, 'source')]
      const seed = join(
        fileURLToPath(new URL('../../../seeds/', import.meta.url)),
        '003_40a772719bc21af6.txt',
      )
      const imported = await run([...source, 'import', seed])
      expect(imported.code).toBe(0)
      const id = imported.stdout.trim()
      for (const sentence of ['2', '4']) {
        const tagged = await run([
          ...source,
          'tag',
          id,
          '--sentence',
          sentence,
          '--kind',
          'claim',
          '--editor',
          'Ana Ruiz',
        ])
        expect(tagged.code).toBe(0)
      }
      const exported = await run([
        ...source,
        'export',
        id,
        '--format',
        'w3c',
        '--out',
        join(dir, 'tags.jsonld'),
      ])
      expect(exported.code).toBe(0)

      const fresh = ['--data-dir', join(dir, 'fresh')]
      expect((await run([...fresh, 'import', seed])).code).toBe(0)
      const placed = await run([...fresh, 'import', 'tags.jsonld'], {}, dir)
      expect(placed).toMatchObject({ code: 0, stderr: '' })
      expect(placed.stdout).toBe('tags.jsonld: placed 2, orphaned 0, skipped 0\n')
      const again = await run([...fresh, 'import', '--json', 'tags.jsonld'], {}, dir)
      expect(again.code).toBe(0)
      expect(JSON.parse(again.stdout)).toMatchObject({
        articles: [],
        annotations: [
          {
            file: 'tags.jsonld',
            placed: 0,
            orphaned: 0,
            skipped: 2,
            skippedReasons: [
              { reason: expect.stringMatching(/already in the library/) },
              { reason: expect.stringMatching(/already in the library/) },
            ],
          },
        ],
      })
      const tags = await run([...fresh, 'tags', id, '--json'])
      expect(JSON.parse(tags.stdout)).toHaveLength(2)
    })
  })

  it('lists orphans and says why a file that is not annotations was refused', async () => {
    await withTempDir(async (dir) => {
      const lib = ['--data-dir', join(dir, 'lib')]
      const rows = [
        {
          id: 'hyp-1',
          uri: 'https://elsewhere.example/a',
          user: 'acct:jane@hypothes.is',
          text: 'n',
          target: [
            {
              source: 'https://elsewhere.example/a',
              selector: [{ type: 'TextQuoteSelector', exact: 'Not in any article.' }],
            },
          ],
        },
      ]
      await writeFile(join(dir, 'hypothesis.json'), JSON.stringify({ total: 1, rows }))
      await writeFile(join(dir, 'package.json'), '{"name": "x"}')
      const result = await run([...lib, 'import', 'hypothesis.json', 'package.json'], {}, dir)
      expect(result.code).toBe(1)
      expect(result.stdout).toBe(
        'hypothesis.json: placed 0, orphaned 1, skipped 0\n' +
          '  orphan (no article in the library): “Not in any article.” from https://elsewhere.example/a\n',
      )
      expect(result.stderr).toMatch(/package\.json: The file holds no Web Annotations/)
    })
  })
})

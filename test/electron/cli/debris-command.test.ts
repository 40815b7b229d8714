import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { LibraryStore } from '../../../electron/core/store/library-store'
import { run } from './cli-harness'
import { SEEDS_DIR, withTempDir } from '../main/fixtures'

/** The seed with a photo caption, an embedded tweet (its words, link and signature), and another caption. */
const CAPTIONED = join(SEEDS_DIR, '000_0e82be558b009ff9.txt')
/** The seed with no debris. */
const CLEAN = join(SEEDS_DIR, '004_62547c9f4c534b11.txt')

interface ListedJson {
  blockIndex: number
  from: number
  to: number
  kind: string
  reason: string
  text: string
  key: string
  kept: boolean
}

async function importFile(dir: string, file: string): Promise<string> {
  const imported = await run(['--data-dir', dir, 'import', file])
  expect(imported.code).toBe(0)
  return imported.stdout.trim()
}

describe('factmark debris', () => {
  it('lists an article’s possible debris as JSON, with offsets into its plain text', async () => {
    await withTempDir(async (dir) => {
      const id = await importFile(dir, CAPTIONED)
      const listed = await run(['--data-dir', dir, 'debris', id, '--json'])
      expect(listed).toMatchObject({ code: 0, stderr: '' })
      const debris = JSON.parse(listed.stdout) as ListedJson[]
      expect(debris.map((piece) => piece.kind)).toEqual([
        'photo-caption',
        'embedded-post',
        'photo-caption',
      ])
      expect(debris[1]?.text).toBe(
        'These vessels were known by our intelligence to be associated with illicit narcotics smuggling, were carrying narcotics, and… pic.twitter.com/ocUoGzwwDO — Secretary of War Pete Hegseth (@SecWar) November 10, 2025',
      )
      expect(debris.every((piece) => !piece.kept && /^[0-9a-f]{16}$/.test(piece.key))).toBe(true)

      // The offsets are the plain text's, as `show` and the tags' selectors count them.
      const store = await LibraryStore.open(dir)
      try {
        const article = await store.get(id)
        const text = (article.body.content ?? [])
          .map((block) => block.content?.map((node) => node.text ?? '').join('') ?? '')
          .join('\n\n')
        for (const piece of debris) expect(text.slice(piece.from, piece.to)).toBe(piece.text)
      } finally {
        await store.close()
      }
    })
  })

  it('prints a readable list, marking what the editor kept', async () => {
    await withTempDir(async (dir) => {
      const id = await importFile(dir, CAPTIONED)
      const before = JSON.parse(
        (await run(['--data-dir', dir, 'debris', id, '--json'])).stdout,
      ) as ListedJson[]
      const store = await LibraryStore.open(dir)
      await store.updateMeta(id, { debrisKept: [before[0]?.key ?? ''] })
      await store.close()

      const listed = await run(['--data-dir', dir, 'debris', id])
      expect(listed.code).toBe(0)
      const lines = listed.stdout.split('\n')
      expect(lines[0]).toMatch(/^3 possible pieces of web debris in “President Donald Trump/)
      expect(lines[1]).toMatch(/^1\. photo caption \(kept\), block 3, characters \d+–\d+: “/)
      expect(lines[2]).toBe('   A photo caption ending in a credit: “Win McNamee/Getty Images”.')
      expect(lines[3]).toMatch(/^2\. embedded post, block 10, /)
      expect(lines[5]).toMatch(/^3\. photo caption, block 17, /)
    })
  })

  it('says when an article has none', async () => {
    await withTempDir(async (dir) => {
      const id = await importFile(dir, CLEAN)
      const listed = await run(['--data-dir', dir, 'debris', id])
      expect(listed.code).toBe(0)
      expect(listed.stdout).toMatch(/^No possible web debris in “/)
      expect(JSON.parse((await run(['--data-dir', dir, 'debris', id, '--json'])).stdout)).toEqual(
        [],
      )
    })
  })

  it('refuses bad usage and unknown articles', async () => {
    await withTempDir(async (dir) => {
      expect((await run(['--data-dir', dir, 'debris'])).code).toBe(2)
      expect((await run(['--data-dir', dir, 'debris', 'a', 'b'])).code).toBe(2)
      expect((await run(['--data-dir', dir, 'debris', 'x', '--kind', 'claim'])).code).toBe(2)
      const missing = await run(['--data-dir', dir, 'debris', '0123456789abcdef'])
      expect(missing.code).toBe(1)
      expect(missing.stderr).toMatch(/No article with id 0123456789abcdef/)
    })
  })
})

import { cp, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readSeedSources, seedLibrary, seedReviews } from '../../../electron/core/seed'
import { LibraryStore } from '../../../electron/core/store/library-store'
import { Node } from 'prosemirror-model'
import { anchor } from '../../../shared/anchoring'
import { articleSchema } from '../../../shared/editor/schema'
import { parsePackage } from '../../../shared/exchange/package'
import { articleText } from '../../../shared/text/article-text'
import { run } from '../cli/cli-harness'
import { SEEDS_DIR, withTempDir } from '../main/fixtures'

const SAM = { id: 'sam-reviewer', name: 'Sam Reviewer' }

describe('seedLibrary', () => {
  it('puts the five sample articles in a new library, once', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(dir)
      expect(await seedLibrary(store, SEEDS_DIR)).toBe(5)
      expect(store.list()).toHaveLength(5)
      await store.close()
      const reopened = await LibraryStore.open(dir)
      expect(await seedLibrary(reopened, SEEDS_DIR)).toBe(0)
      expect(reopened.list()).toHaveLength(5)
      await reopened.close()
    })
  })

  it('gives each sample its outlet, address and known date, five different outlets', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(dir)
      await seedLibrary(store, SEEDS_DIR)
      const metas = store.list()
      const outlets = metas.map((meta) => meta.outlet)
      expect(new Set(outlets).size).toBe(5)
      expect(outlets.every((outlet) => outlet.trim().length > 0)).toBe(true)
      const sources = await readSeedSources(SEEDS_DIR)
      for (const meta of metas) {
        const source = sources[meta.sourceName]
        expect(source, meta.sourceName).toBeDefined()
        expect(meta.outlet).toBe(source?.outlet)
        expect(meta.url).toBe(source?.url)
      }
      const beast = metas.find((meta) => meta.sourceName === '000_0e82be558b009ff9.txt')
      expect(beast).toMatchObject({ outlet: 'The Daily Beast', published: '2025-11-17' })
      await store.close()
    })
  })

  it('still seeds the articles when sources.json is missing or damaged', async () => {
    await withTempDir(async (dir) => {
      const seeds = join(dir, 'seeds')
      await cp(SEEDS_DIR, seeds, { recursive: true })
      await writeFile(join(seeds, 'sources.json'), '{"sources": {"x.txt": {"outlet": 1}}}')
      expect(await readSeedSources(seeds)).toEqual({})
      const store = await LibraryStore.open(join(dir, 'library'))
      expect(await seedLibrary(store, seeds)).toBe(5)
      expect(store.list().every((meta) => meta.outlet === '')).toBe(true)
      await store.close()
    })
  })

  it('adds the sample reviewer’s tags on two articles, each landing on its sentence', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(dir)
      await seedLibrary(store, SEEDS_DIR)
      const tagged: Record<string, number> = {}
      for (const meta of store.list()) {
        const tags = await store.tags(meta.id)
        if (tags.length === 0) continue
        tagged[meta.id] = tags.length
        expect(tags.every((tag) => tag.author.id === SAM.id && tag.author.name === SAM.name)).toBe(
          true,
        )
        expect(meta.tagCount).toBe(tags.length)
      }
      expect(tagged).toEqual({ '02085ddbeed0d1f9': 11, '891c6c659b2ae2e0': 10 })
      const disputed = (await store.tags('891c6c659b2ae2e0')).filter(
        (tag) => tag.kind === 'disputed',
      )
      expect(disputed).toHaveLength(1)
      expect(disputed[0]?.target.quote.exact).toMatch(/López Obrador/)
      expect(disputed[0]?.reason).toMatch(/Claudia Sheinbaum/)
      await store.close()
    })
  })

  it('ships review packages that verify and whose tags anchor exactly in the seeded text', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(dir)
      await seedLibrary(store, SEEDS_DIR)
      for (const name of await readdir(join(SEEDS_DIR, 'reviews'))) {
        const pkg = parsePackage(await readFile(join(SEEDS_DIR, 'reviews', name), 'utf8'))
        for (const article of pkg.articles) {
          expect(store.meta(article.articleId).textHash).toBe(article.textHash)
          const text = articleText(
            Node.fromJSON(articleSchema, (await store.get(article.articleId)).body),
          )
          for (const tag of article.annotations) {
            expect(anchor(text, tag.target).status).toBe('anchored')
          }
        }
      }
      await store.close()
    })
  })

  it('skips a damaged sample review and still seeds the rest', async () => {
    await withTempDir(async (seeds) => {
      await cp(SEEDS_DIR, seeds, { recursive: true })
      await writeFile(join(seeds, 'reviews', '000_bad.json'), '{"format":"factmark-package"')
      await withTempDir(async (dir) => {
        const store = await LibraryStore.open(dir)
        expect(await seedLibrary(store, seeds)).toBe(5)
        expect(await seedReviews(store, seeds)).toBe(0)
        const total = store.list().reduce((sum, meta) => sum + meta.tagCount, 0)
        expect(total).toBe(21)
        await store.close()
      })
    })
  })

  it('leaves agreement waiting for a second editor until the user tags a reviewed article', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(dir)
      await seedLibrary(store, SEEDS_DIR)
      await store.close()
      const alone = await run(['--data-dir', dir, 'agreement', '--all'])
      expect(alone.stdout).toBe(
        'Agreement needs the tags of two editors; only Sam Reviewer has tagged the library.\n',
      )
      const tagged = await run([
        '--data-dir',
        dir,
        'tag',
        '891c6c659b2ae2e0',
        '--sentence',
        '11',
        '--kind',
        'claim',
        '--editor',
        'Ana',
      ])
      expect(tagged.code).toBe(0)
      const both = await run(['--data-dir', dir, 'agreement', '891c6c659b2ae2e0'])
      expect(both.stdout).toMatch(/^Editors: Ana, Sam Reviewer$/m)
    })
  })
})

import { describe, expect, it } from 'vitest'
import { serializeLibraryIndex } from '../../../../electron/core/store/index-serializer'
import type { ArticleMeta } from '../../../../shared/model/article'
import { migrateLibraryFile, type LibraryFile } from '../../../../shared/model/store-files'

function meta(n: number): ArticleMeta {
  return {
    id: n.toString(16).padStart(16, '0'),
    title: `Article “${n}” with a \\ and a "quote"`,
    outlet: 'Outlet',
    url: '',
    published: n % 2 === 0 ? '2025-03-04' : null,
    language: 'en',
    sourceName: `a-${n}.txt`,
    textHash: 'a'.repeat(64),
    sentenceCount: n,
    tagCount: 0,
    createdAt: '2025-03-04T10:00:00.000Z',
    updatedAt: '2025-03-04T10:00:00.000Z',
  }
}

describe('serializeLibraryIndex', () => {
  it('writes the index as valid JSON, one article per line, in any size', async () => {
    for (const count of [0, 1, 499, 500, 1_234]) {
      const index: LibraryFile = {
        version: 2,
        seeded: true,
        articles: Array.from({ length: count }, (_, n) => meta(n)),
      }
      const text = (await serializeLibraryIndex(index)).toString('utf8')
      expect(migrateLibraryFile(JSON.parse(text))).toEqual(index)
      expect(text.split('\n')).toHaveLength(count === 0 ? 6 : count + 7)
      expect(text.startsWith('{\n  "version": 2,\n  "seeded": true,\n  "articles": [')).toBe(true)
    }
  })

  it('writes the index as it was when called, whatever changes while it is serialized', async () => {
    const index: LibraryFile = {
      version: 2,
      seeded: false,
      articles: Array.from({ length: 2_000 }, (_, n) => meta(n)),
    }
    const writing = serializeLibraryIndex(index)
    index.articles[1_999] = { ...meta(1_999), title: 'Changed after' }
    index.articles.push(meta(5_000))
    const written = JSON.parse((await writing).toString('utf8'))
    expect(written.articles).toHaveLength(2_000)
    expect(written.articles[1_999].title).toBe(meta(1_999).title)
  })
})

import { describe, expect, it } from 'vitest'
import { LibraryStore } from '../../../../electron/core/store/library-store'
import {
  plainTextOf,
  TextSearch,
  type TextSource,
} from '../../../../electron/core/store/text-search'
import { parsePlainText } from '../../../../shared/import/plain-text'
import type { Article, ArticleMeta } from '../../../../shared/model/article'
import type { DocNodeJson } from '../../../../shared/model/doc-json'
import { withTempDir } from '../../main/fixtures'

const body = (...paragraphs: string[]): DocNodeJson => ({
  type: 'doc',
  content: paragraphs.map((text) => ({
    type: 'paragraph',
    ...(text ? { content: [{ type: 'text', text }] } : {}),
  })),
})

/** A library in memory: articles by id, counting the reads the search makes. */
function memorySource(bodies: Record<string, string[]>) {
  const articles = new Map<string, Article>()
  for (const [id, paragraphs] of Object.entries(bodies)) {
    articles.set(id, {
      id,
      title: `Article ${id}`,
      outlet: '',
      url: '',
      published: null,
      language: 'en',
      sourceName: `${id}.txt`,
      textHash: `${id}-1`,
      sentenceCount: 1,
      tagCount: 0,
      createdAt: '2025-11-17T10:00:00.000Z',
      updatedAt: '2025-11-17T10:00:00.000Z',
      body: body(...paragraphs),
    })
  }
  const reads: string[] = []
  const source: TextSource = {
    list: () => [...articles.values()].map(({ body: _body, ...meta }): ArticleMeta => meta),
    peek: async (id) => {
      reads.push(id)
      const article = articles.get(id)
      if (!article) throw new Error(`no ${id}`)
      return article
    },
  }
  const edit = (id: string, paragraphs: string[]) => {
    const article = articles.get(id)
    if (!article) throw new Error(`no ${id}`)
    const version = Number(article.textHash.split('-')[1]) + 1
    articles.set(id, { ...article, textHash: `${id}-${version}`, body: body(...paragraphs) })
  }
  return { source, reads, articles, edit }
}

describe('plainTextOf', () => {
  it('joins the text blocks with blank lines, descending into wrappers', () => {
    const doc: DocNodeJson = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Head' }] },
        { type: 'paragraph' },
        {
          type: 'blockquote',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Quoted.' }] }],
        },
      ],
    }
    expect(plainTextOf(doc)).toBe('Head\n\n\n\nQuoted.')
  })
})

describe('TextSearch', () => {
  it('finds text whatever its case and accents, counting the matches, most first', async () => {
    const { source } = memorySource({
      a: ['The Élysée said nothing.', 'ELYSEE again; élysée thrice.'],
      b: ['An elysee once.'],
      c: ['Nothing to see.'],
    })
    const hits = await new TextSearch(source).search('Élysée')
    expect(hits.map((hit) => [hit.id, hit.matches])).toEqual([
      ['a', 3],
      ['b', 1],
    ])
    expect(hits[0]?.snippet).toEqual({
      before: 'The ',
      match: 'Élysée',
      after: ' said nothing. ELYSEE again; élysée thrice.',
    })
    expect(await new TextSearch(source).search('   ')).toEqual([])
  })

  it('reads each article once, and again only when its text changed or it was forgotten', async () => {
    const { source, reads, edit } = memorySource({ a: ['alpha beta'], b: ['beta gamma'] })
    const search = new TextSearch(source)
    expect((await search.search('beta')).map((hit) => hit.id)).toEqual(['a', 'b'])
    expect(reads.sort()).toEqual(['a', 'b'])
    await search.search('gamma')
    expect(reads).toHaveLength(2)
    edit('a', ['alpha only'])
    expect((await search.search('beta')).map((hit) => hit.id)).toEqual(['b'])
    expect(reads.slice(2)).toEqual(['a'])
    search.forget('b')
    await search.search('beta')
    expect(reads.slice(3)).toEqual(['b'])
  })

  it('drops deleted articles and leaves out one that cannot be read', async () => {
    const { source, articles } = memorySource({ a: ['needle'], b: ['needle'], c: ['needle'] })
    const search = new TextSearch(source)
    expect(await search.search('needle')).toHaveLength(3)
    articles.delete('b')
    const broken = {
      ...source,
      peek: (id: string) => (id === 'c' ? Promise.reject(new Error('damaged')) : source.peek(id)),
    }
    search.forget('c')
    const after = new TextSearch(broken)
    expect((await after.search('needle')).map((hit) => hit.id)).toEqual(['a'])
    expect((await search.search('needle')).map((hit) => hit.id)).toEqual(['a', 'c'])
    expect(search.size).toBe(2)
  })

  it('searches two thousand articles, and a second search reads no file', async () => {
    const bodies: Record<string, string[]> = {}
    for (let i = 0; i < 2000; i += 1) {
      bodies[`id${i}`] = [
        `Report ${i} from the city.`,
        i % 100 === 0 ? 'The Ministère des Armées answered.' : 'Nobody answered the question.',
      ]
    }
    const { source, reads } = memorySource(bodies)
    const search = new TextSearch(source)
    const hits = await search.search('ministere des armees')
    expect(hits).toHaveLength(20)
    expect(hits.every((hit) => hit.snippet.match === 'Ministère des Armées')).toBe(true)
    expect(reads).toHaveLength(2000)
    expect(await search.search('answered')).toHaveLength(2000)
    // The second search reads nothing: every text is searched from memory.
    expect(reads).toHaveLength(2000)
  })

  it('works over a real library, and a saved text is searched as saved', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(dir)
      const { id } = await store.add(
        parsePlainText('Budget Day\n\nThe mayor’s budget passed.'),
        'a.txt',
      )
      const search = new TextSearch(store)
      expect((await search.search("MAYOR'S")).map((hit) => hit.id)).toEqual([id])
      await store.saveWork(
        id,
        { body: body('Budget Day', 'The budget failed.'), tags: [] },
        { id: 'ana', name: 'Ana' },
      )
      expect(await search.search('mayor')).toEqual([])
      expect((await search.search('failed')).map((hit) => hit.id)).toEqual([id])
      await store.close()
    })
  })
})

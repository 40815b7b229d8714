import { describe, expect, it } from 'vitest'
import {
  countTagsByEditor,
  otherEditorsTags,
  ownTagCount,
} from '../../../shared/model/editor-tag-counts'
import { migrateArticleFile } from '../../../shared/model/store-files'

const ana = { id: 'ana-ruiz', name: 'Ana Ruiz' }
const sam = { id: 'sam-reviewer', name: 'Sam Reviewer' }
const ben = { id: 'ben-okafor', name: 'Ben Okafor' }

describe('countTagsByEditor', () => {
  it('counts each author’s tags, most first, then by id', () => {
    const tags = [ana, sam, sam, ben, sam, ana].map((author) => ({ author }))
    expect(countTagsByEditor(tags)).toEqual([
      { ...sam, count: 3 },
      { ...ana, count: 2 },
      { ...ben, count: 1 },
    ])
    expect(countTagsByEditor([])).toEqual([])
  })

  it('keeps the name on the author’s latest tag', () => {
    const renamed = { id: 'ana-ruiz', name: 'Ana R.' }
    expect(countTagsByEditor([{ author: ana }, { author: renamed }])).toEqual([
      { id: 'ana-ruiz', name: 'Ana R.', count: 2 },
    ])
  })
})

describe('ownTagCount and otherEditorsTags', () => {
  const meta = {
    tagCount: 7,
    tagsByEditor: [
      { ...sam, count: 5 },
      { ...ana, count: 2 },
    ],
  }

  it('split the tags into the acting editor’s and everyone else’s', () => {
    expect(ownTagCount(meta, 'ana-ruiz')).toBe(2)
    expect(otherEditorsTags(meta, 'ana-ruiz')).toEqual([{ ...sam, count: 5 }])
    expect(ownTagCount(meta, 'ben-okafor')).toBe(0)
    expect(otherEditorsTags(meta, 'ben-okafor')).toHaveLength(2)
  })

  it('count metadata without per-editor counts (or no editor) as the editor’s own', () => {
    expect(ownTagCount({ tagCount: 4 }, 'ana-ruiz')).toBe(4)
    expect(otherEditorsTags({ tagCount: 4 }, 'ana-ruiz')).toEqual([])
    expect(ownTagCount(meta, null)).toBe(7)
  })
})

describe('migrateArticleFile and the per-editor counts', () => {
  const annotation = (id: string, author: typeof ana) => ({
    id,
    articleId: '0123456789abcdef',
    author,
    kind: 'claim',
    target: {
      position: { type: 'TextPositionSelector', start: 0, end: 8 },
      quote: { type: 'TextQuoteSelector', exact: 'Headline', prefix: '', suffix: '' },
    },
    note: '',
    created: '2025-11-17T10:00:00.000Z',
    modified: '2025-11-17T10:00:00.000Z',
  })
  const oldFile = {
    version: 2,
    article: {
      id: '0123456789abcdef',
      title: 'Headline',
      outlet: '',
      url: '',
      published: null,
      language: 'en',
      sourceName: 'a.txt',
      textHash: 'a'.repeat(64),
      sentenceCount: 1,
      tagCount: 3,
      createdAt: '2025-11-17T10:00:00.000Z',
      updatedAt: '2025-11-17T10:00:00.000Z',
      body: {
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Headline' }] },
        ],
      },
    },
    annotations: [
      annotation('sam-tag-0001', sam),
      annotation('ana-tag-0001', ana),
      annotation('sam-tag-0002', sam),
    ],
  }

  it('fills them in from the tags of a file written before they existed, losing nothing', () => {
    const file = migrateArticleFile(structuredClone(oldFile))
    expect(file.article.tagsByEditor).toEqual([
      { ...sam, count: 2 },
      { ...ana, count: 1 },
    ])
    expect(file.article.tagCount).toBe(3)
    expect(file.annotations.map((tag) => tag.id)).toEqual(oldFile.annotations.map((tag) => tag.id))
  })

  it('keeps the counts a file already has', () => {
    const counted = structuredClone(oldFile)
    const tagsByEditor = [{ ...ana, count: 3 }]
    const file = migrateArticleFile({ ...counted, article: { ...counted.article, tagsByEditor } })
    expect(file.article.tagsByEditor).toEqual(tagsByEditor)
  })
})

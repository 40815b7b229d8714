import { describe, expect, it } from 'vitest'
import { articleStatus } from '../../../shared/library/article-status'
import { articleMetaSchema } from '../../../shared/model/article'

describe('articleStatus', () => {
  it('is untagged without tags, in progress with any, reviewed once marked', () => {
    expect(articleStatus({ tagCount: 0 })).toBe('untagged')
    expect(articleStatus({ tagCount: 0, reviewedAt: null })).toBe('untagged')
    expect(articleStatus({ tagCount: 3, reviewedAt: null })).toBe('in-progress')
    expect(articleStatus({ tagCount: 3, reviewedAt: '2025-11-18T10:00:00.000Z' })).toBe('reviewed')
    // An article with nothing to tag can be reviewed too.
    expect(articleStatus({ tagCount: 0, reviewedAt: '2025-11-18T10:00:00.000Z' })).toBe('reviewed')
  })

  it('counts only the acting editor’s tags as their progress', () => {
    const tagsByEditor = [{ id: 'sam-reviewer', name: 'Sam Reviewer', count: 11 }]
    expect(articleStatus({ tagCount: 11, tagsByEditor }, 'ana-ruiz')).toBe('untagged')
    expect(articleStatus({ tagCount: 11, tagsByEditor }, 'sam-reviewer')).toBe('in-progress')
    const both = [...tagsByEditor, { id: 'ana-ruiz', name: 'Ana Ruiz', count: 1 }]
    expect(articleStatus({ tagCount: 12, tagsByEditor: both }, 'ana-ruiz')).toBe('in-progress')
    // Without an editor (or counts), any tag is progress, as before.
    expect(articleStatus({ tagCount: 11, tagsByEditor })).toBe('in-progress')
  })
})

describe('reviewedAt in the article metadata', () => {
  const meta = {
    id: '0123456789abcdef',
    title: 'A',
    outlet: '',
    url: '',
    published: null,
    language: 'en',
    sourceName: 'a.txt',
    textHash: 'a'.repeat(64),
    sentenceCount: 1,
    tagCount: 0,
    createdAt: '2025-11-17T10:00:00.000Z',
    updatedAt: '2025-11-17T10:00:00.000Z',
  }

  it('is optional, so metadata written before it existed still loads', () => {
    expect(articleMetaSchema.parse(meta)).toEqual(meta)
    expect(articleMetaSchema.parse({ ...meta, reviewedAt: null }).reviewedAt).toBeNull()
    expect(
      articleMetaSchema.parse({ ...meta, reviewedAt: '2025-11-18T10:00:00.000Z' }).reviewedAt,
    ).toBe('2025-11-18T10:00:00.000Z')
    expect(articleMetaSchema.safeParse({ ...meta, reviewedAt: 'yesterday' }).success).toBe(false)
  })
})

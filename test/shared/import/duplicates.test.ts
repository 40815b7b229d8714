import { describe, expect, it } from 'vitest'
import { comparableUrl, findDuplicate } from '../../../shared/import/duplicates'
import type { ArticleMeta } from '../../../shared/model/article'

function meta(id: string, changes: Partial<ArticleMeta>): ArticleMeta {
  return {
    id,
    title: 'Title',
    outlet: '',
    url: '',
    published: null,
    language: 'en',
    sourceName: 'x.txt',
    textHash: id.repeat(4),
    sentenceCount: 1,
    tagCount: 0,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...changes,
  }
}

const library = [
  meta('aaaaaaaaaaaaaaaa', {
    title: 'Bridge Reopens',
    outlet: 'The Ledger',
    url: 'https://www.ledger.example/bridge/?utm_source=x',
  }),
  meta('bbbbbbbbbbbbbbbb', { title: 'Ferry Strike Ends', outlet: 'Harbour Post' }),
  meta('cccccccccccccccc', { title: 'Untitled', outlet: '' }),
]

describe('findDuplicate', () => {
  it('finds the same text first, whatever the title', () => {
    const found = findDuplicate(
      { textHash: 'b'.repeat(64), title: 'Other', outlet: '', url: '' },
      library,
    )
    expect(found).toMatchObject({ reason: 'same-text', existing: { id: 'bbbbbbbbbbbbbbbb' } })
  })

  it('finds a newer version by canonical address, ignoring www, a trailing slash and tracking', () => {
    const found = findDuplicate(
      {
        textHash: 'f'.repeat(64),
        title: 'Bridge Reopens, Updated',
        outlet: 'X',
        url: 'HTTPS://ledger.example/bridge#top',
      },
      library,
    )
    expect(found).toMatchObject({ reason: 'same-url', existing: { id: 'aaaaaaaaaaaaaaaa' } })
  })

  it('finds a newer version by headline and outlet together', () => {
    const probe = {
      textHash: 'f'.repeat(64),
      title: ' ferry  strike ends ',
      outlet: 'harbour post',
      url: '',
    }
    expect(findDuplicate(probe, library)).toMatchObject({ reason: 'same-title' })
    expect(findDuplicate({ ...probe, outlet: 'Another Paper' }, library)).toBeNull()
  })

  it('finds nothing for a new article', () => {
    expect(
      findDuplicate({ textHash: 'f'.repeat(64), title: 'New', outlet: '', url: '' }, library),
    ).toBeNull()
  })

  it('compares addresses without what does not change the page', () => {
    expect(comparableUrl('https://www.Example.com/a/?utm_medium=x&id=3&fbclid=9')).toBe(
      'example.com/a?id=3',
    )
    expect(comparableUrl('mailto:a@b')).toBe('')
    expect(comparableUrl('')).toBe('')
  })
})

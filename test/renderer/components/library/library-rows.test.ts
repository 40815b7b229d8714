import { describe, expect, it } from 'vitest'
import { foldQuery } from '../../../../shared/library/search-text'
import type { ArticleMeta } from '../../../../shared/model/article'
import {
  filterByStatus,
  highlightParts,
  nextSort,
  sortArticles,
  statusCounts,
} from '../../../../renderer/components/library/library-rows'

let next = 0
function meta(fields: Partial<ArticleMeta>): ArticleMeta {
  next += 1
  return {
    id: next.toString(16).padStart(16, '0'),
    title: `Title ${next}`,
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
    ...fields,
  }
}

const a = meta({ title: 'Zoning row', outlet: 'Herald', published: '2025-11-17', tagCount: 4 })
const b = meta({ title: 'Élections', outlet: 'courier', published: '2025-11-19', tagCount: 0 })
const c = meta({ title: 'alpha', outlet: '', published: null, tagCount: 9 })
const d = meta({
  title: 'Budget',
  outlet: 'Herald',
  published: '2025-11-18',
  tagCount: 2,
  reviewedAt: '2025-11-20T09:00:00.000Z',
})
const all = [a, b, c, d]
const titles = (list: readonly ArticleMeta[]) => list.map((item) => item.title)

describe('sortArticles', () => {
  it('sorts by date, outlet, title or tag count, either way, blanks last', () => {
    expect(titles(sortArticles(all, { key: 'published', direction: 'descending' }))).toEqual([
      'Élections',
      'Budget',
      'Zoning row',
      'alpha',
    ])
    expect(titles(sortArticles(all, { key: 'published', direction: 'ascending' }))).toEqual([
      'Zoning row',
      'Budget',
      'Élections',
      'alpha',
    ])
    // Case and accents do not decide the order; ties go by title.
    expect(titles(sortArticles(all, { key: 'outlet', direction: 'ascending' }))).toEqual([
      'Élections',
      'Budget',
      'Zoning row',
      'alpha',
    ])
    expect(titles(sortArticles(all, { key: 'title', direction: 'ascending' }))).toEqual([
      'alpha',
      'Budget',
      'Élections',
      'Zoning row',
    ])
    expect(titles(sortArticles(all, { key: 'tagCount', direction: 'descending' }))).toEqual([
      'alpha',
      'Zoning row',
      'Budget',
      'Élections',
    ])
    expect(all.map((item) => item.title)).toEqual(['Zoning row', 'Élections', 'alpha', 'Budget'])
  })

  it('turns a sorted column the other way, and starts a new one its natural way', () => {
    expect(nextSort({ key: 'title', direction: 'ascending' }, 'title')).toEqual({
      key: 'title',
      direction: 'descending',
    })
    expect(nextSort({ key: 'title', direction: 'ascending' }, 'tagCount').direction).toBe(
      'descending',
    )
    expect(nextSort({ key: 'published', direction: 'descending' }, 'outlet').direction).toBe(
      'ascending',
    )
  })

  it('sorts ten thousand articles', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      meta({ title: `Article ${(i * 7919) % 10_000}`, tagCount: i % 13 }),
    )
    const sorted = sortArticles(many, { key: 'title', direction: 'ascending' })
    expect(sorted[0]?.title).toBe('Article 0')
    expect(sorted[9_999]?.title).toBe('Article 9999')
  })
})

describe('filterByStatus and statusCounts', () => {
  it('lets through the articles of one status, and counts each', () => {
    expect(titles(filterByStatus(all, 'untagged'))).toEqual(['Élections'])
    expect(titles(filterByStatus(all, 'in-progress'))).toEqual(['Zoning row', 'alpha'])
    expect(titles(filterByStatus(all, 'reviewed'))).toEqual(['Budget'])
    expect(filterByStatus(all, 'all')).toEqual(all)
    expect(statusCounts(all)).toEqual({ all: 4, untagged: 1, 'in-progress': 2, reviewed: 1 })
  })
})

describe('highlightParts', () => {
  it('marks every match, keeping the original characters', () => {
    expect(highlightParts('Élections et élections', foldQuery('ELECTIONS'))).toEqual([
      { text: 'Élections', mark: true },
      { text: ' et ', mark: false },
      { text: 'élections', mark: true },
    ])
    expect(highlightParts('Budget', foldQuery('zz'))).toEqual([{ text: 'Budget', mark: false }])
    expect(highlightParts('Budget', '')).toEqual([{ text: 'Budget', mark: false }])
  })
})

import { describe, expect, it } from 'vitest'
import type { ImportedTag, ParsedAnnotations } from '../../../shared/import/w3c-annotations'
import {
  placeAnnotations,
  sourceKey,
  type PlacementArticle,
} from '../../../shared/import/w3c-placement'

const SHARED = 'The minister said the bridge would reopen on Monday.'
const ARTICLES: PlacementArticle[] = [
  {
    id: 'aaaaaaaaaaaaaaaa',
    url: 'https://www.ledger.example/city/bridge/',
    sourceName: 'ledger.html',
    text: `Harbour news\n\nIn the morning, ${SHARED} Crews worked all night.`,
  },
  {
    id: 'bbbbbbbbbbbbbbbb',
    url: '',
    sourceName: 'courier.txt',
    text: `Courier report\n\nAt the council, ${SHARED} Nobody asked about the cost.`,
  },
]

function tag(fields: Partial<ImportedTag> & Pick<ImportedTag, 'sourceId'>): ImportedTag {
  return {
    id: `w3c-${fields.sourceId.padEnd(8, '0')}`,
    source: null,
    quote: null,
    position: null,
    kind: 'claim',
    note: '',
    author: { id: 'jane-doe', name: 'Jane Doe' },
    created: '2025-11-18T09:00:00.000Z',
    modified: '2025-11-18T09:00:00.000Z',
    ...fields,
  }
}

function parsed(tags: ImportedTag[]): ParsedAnnotations {
  return { tags, reviews: [], skipped: [] }
}

describe('sourceKey', () => {
  it('compares web addresses without scheme, www, fragment and trailing slash', () => {
    expect(sourceKey('http://ledger.example/city/bridge#top')).toBe(
      sourceKey('https://www.LEDGER.example/city/bridge/'),
    )
    expect(sourceKey('https://ledger.example/city/bridge?page=2')).not.toBe(
      sourceKey('https://ledger.example/city/bridge'),
    )
    expect(sourceKey('file:///home/ana/Downloads/courier.txt')).toBe('file:courier.txt')
    expect(sourceKey('urn:factmark:article:aaaaaaaaaaaaaaaa')).toBe(
      'urn:factmark:article:aaaaaaaaaaaaaaaa',
    )
  })
})

describe('placeAnnotations', () => {
  it('places by address first, then by the quote whose context agrees best', () => {
    const placement = placeAnnotations(
      parsed([
        tag({
          sourceId: 'by-url',
          source: 'http://ledger.example/city/bridge',
          quote: { exact: SHARED, prefix: '', suffix: '' },
        }),
        tag({
          sourceId: 'by-context',
          source: 'https://unknown.example/',
          quote: { exact: SHARED, prefix: 'At the council, ', suffix: ' Nobody' },
        }),
        tag({
          sourceId: 'mid-word',
          quote: { exact: 'ister said the bridge would reopen', prefix: '', suffix: '' },
        }),
        tag({ sourceId: 'short', quote: { exact: 'the cost', prefix: 'about ', suffix: '.' } }),
        tag({
          sourceId: 'by-file',
          source: 'C:\\Users\\ana\\courier.txt',
          position: { start: 0, end: 7 },
        }),
      ]),
      ARTICLES,
    )
    const where = (articleId: string) =>
      (placement.articles.get(articleId)?.tags ?? []).map((entry) => [
        entry.id,
        entry.target.quote.exact,
      ])
    expect(where('aaaaaaaaaaaaaaaa')).toEqual([
      ['w3c-by-url00', SHARED],
      ['w3c-mid-word', 'ister said the bridge would reopen'],
    ])
    expect(where('bbbbbbbbbbbbbbbb')).toEqual([
      ['w3c-by-context', SHARED],
      ['w3c-short000', 'the cost'],
      ['w3c-by-file0', 'Courier'],
    ])
    expect(placement.orphans).toEqual([])
    expect(placement.placed).toBe(5)
    const placedByContext = placement.articles.get('bbbbbbbbbbbbbbbb')?.tags[0]
    expect(placedByContext?.target.position.start).toBe(ARTICLES[1]!.text.indexOf(SHARED))
  })

  it('keeps an unplaceable tag in its article as an orphan, or lists it when no article is known', () => {
    const placement = placeAnnotations(
      parsed([
        tag({
          sourceId: 'kept',
          source: 'https://ledger.example/city/bridge',
          quote: { exact: 'A sentence the ledger never printed.', prefix: '', suffix: '' },
          position: { start: 3, end: 39 },
        }),
        tag({
          sourceId: 'lost',
          quote: { exact: 'Nowhere in the library at all.', prefix: '', suffix: '' },
        }),
        tag({ sourceId: 'past-end', source: 'courier.txt', position: { start: 900, end: 910 } }),
      ]),
      ARTICLES,
    )
    expect(placement.placed).toBe(0)
    expect(placement.orphans).toEqual([
      expect.objectContaining({ id: 'kept', articleId: 'aaaaaaaaaaaaaaaa', tagId: 'w3c-kept0000' }),
      expect.objectContaining({
        id: 'lost',
        articleId: null,
        quote: 'Nowhere in the library at all.',
      }),
      expect.objectContaining({ id: 'past-end', articleId: null, quote: '' }),
    ])
    const kept = placement.articles.get('aaaaaaaaaaaaaaaa')?.tags ?? []
    expect(kept.map((entry) => entry.target.position)).toEqual([
      { type: 'TextPositionSelector', start: 3, end: 39 },
    ])
  })

  it('refuses a verdict on its author’s own tag and a review of an unknown tag', () => {
    const placement = placeAnnotations(
      {
        tags: [tag({ sourceId: 'own', quote: { exact: SHARED, prefix: 'morning, ', suffix: '' } })],
        reviews: [
          {
            sourceId: 'self',
            id: 'w3c-review-self',
            target: 'own',
            author: { id: 'jane-doe', name: 'Jane Doe' },
            verdict: 'accept',
            text: '',
            created: '2025-11-18T10:00:00.000Z',
            modified: '2025-11-18T10:00:00.000Z',
          },
          {
            sourceId: 'stray',
            id: 'w3c-review-stray',
            target: 'urn:factmark:tag:not-in-library',
            author: { id: 'sam', name: 'Sam' },
            verdict: 'comment',
            text: 'Hello',
            created: '2025-11-18T10:00:00.000Z',
            modified: '2025-11-18T10:00:00.000Z',
          },
        ],
        skipped: [],
      },
      ARTICLES,
    )
    expect(placement.skipped.map((entry) => entry.id)).toEqual(['self', 'stray'])
    expect(placement.articles.get('aaaaaaaaaaaaaaaa')?.reviews).toEqual([])
  })
})

describe('placeAnnotations and the unverified mark', () => {
  it('keeps the mark of an unverified tag and review on what it places', () => {
    const quote = { exact: SHARED, prefix: '', suffix: '' }
    const placement = placeAnnotations(
      {
        tags: [
          tag({ sourceId: 'marked', source: ARTICLES[0]!.url, quote, unverified: true }),
          tag({ sourceId: 'plain', source: ARTICLES[1]!.url || 'courier.txt', quote }),
        ],
        reviews: [
          {
            sourceId: 'marked-reply',
            id: 'w3c-review-marked',
            target: 'marked',
            author: { id: 'sam', name: 'Sam' },
            verdict: 'comment',
            text: 'Seen it.',
            created: '2025-11-18T09:00:00.000Z',
            modified: '2025-11-18T09:00:00.000Z',
            unverified: true,
          },
        ],
        skipped: [],
      },
      ARTICLES,
    )
    const work = [...placement.articles.values()]
    const tags = work.flatMap((entry) => entry.tags)
    expect(tags.map((entry) => [entry.id, entry.unverified])).toEqual([
      ['w3c-marked00', true],
      ['w3c-plain000', undefined],
    ])
    expect(work.flatMap((entry) => entry.reviews).map((entry) => entry.unverified)).toEqual([true])
  })
})

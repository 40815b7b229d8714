import { describe, expect, it } from 'vitest'
import { anchor } from '../../../shared/anchoring/anchor'
import { placeTags, type TaggedArticle } from '../../../shared/export/placed-tags'
import type { ExportOptions } from '../../../shared/export/types'
import {
  ANNOTATION_CONTEXT,
  EXPORT_CONTEXT,
  FACTMARK_NAMESPACE,
  KIND_MOTIVATIONS,
  w3cExport,
  type W3cAnnotation,
  type W3cCollection,
  type W3cReviewAnnotation,
} from '../../../shared/export/w3c'
import type { Annotation } from '../../../shared/model/annotation'
import type { Review } from '../../../shared/model/review'
import { hostileCase } from './hostile-article'
import { CONTEXT, HOSTILE_NOTE, SEED_NAMES, seedCase } from './seed-annotations'

const all: ExportOptions = { editors: [], kinds: [], notes: true }

function seedTagged(index: number, options: ExportOptions = all): TaggedArticle {
  const seed = seedCase(index)
  return placeTags(seed.article, seed.annotations, options)
}

/** Every object's keys, depth first: the order JSON.stringify wrote them in. */
function keyOrder(value: unknown, path = '$'): string[] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => keyOrder(item, `${path}[${index}]`))
  if (typeof value !== 'object' || value === null) return []
  return Object.entries(value).flatMap(([key, child]) => [
    `${path}.${key}`,
    ...keyOrder(child, `${path}.${key}`),
  ])
}

describe('w3cExport', () => {
  for (const [index, name] of SEED_NAMES.entries()) {
    it(`writes ${name} as a Web Annotation collection that anchors back to the tags`, () => {
      const tagged = seedTagged(index)
      const json = w3cExport(tagged, CONTEXT)
      const collection = JSON.parse(json) as W3cCollection
      expect(`${JSON.stringify(collection, null, 2)}\n`).toBe(json)
      expect(collection['@context']).toEqual(EXPORT_CONTEXT)
      expect(collection['@context'][0]).toBe(ANNOTATION_CONTEXT)
      expect(collection.type).toBe('AnnotationCollection')
      expect(collection.first.type).toBe('AnnotationPage')
      expect(collection.first.startIndex).toBe(0)
      const items = collection.first.items
      expect(collection.total).toBe(items.length)
      expect(items.map((item) => item.id)).toEqual(
        [...tagged.placed, ...tagged.unplaced].map(
          (tag) => `urn:factmark:tag:${tag.annotation.id}`,
        ),
      )
      for (const [position, tag] of tagged.placed.entries()) {
        const item = items[position] as W3cAnnotation
        expect(item.type).toBe('Annotation')
        expect(item.motivation).toBe(KIND_MOTIVATIONS[tag.annotation.kind])
        expect(item.creator).toEqual({
          id: `urn:factmark:editor:${tag.annotation.author.id}`,
          type: 'Person',
          name: tag.annotation.author.name,
        })
        expect([item.created, item.modified]).toEqual([
          tag.annotation.created,
          tag.annotation.modified,
        ])
        expect(item.body[0]).toEqual({
          type: 'TextualBody',
          purpose: 'tagging',
          value: tag.annotation.kind,
          format: 'text/plain',
        })
        const [quote, position_] = item.target.selector
        expect(quote.type).toBe('TextQuoteSelector')
        expect(position_.type).toBe('TextPositionSelector')
        expect(quote.exact).toBe(tagged.text.slice(position_.start, position_.end))
        const back = anchor(tagged.text, { quote, position: position_ })
        expect(back).toMatchObject({ status: 'anchored', start: tag.start, end: tag.end })
      }
      const orphan = items.at(-1) as W3cAnnotation
      const stored = tagged.unplaced[0]!.annotation.target
      expect(orphan.target.selector).toEqual([stored.quote, stored.position])
    })
  }

  it('uses the standard motivations and bodies for each kind, note and field', () => {
    expect(KIND_MOTIVATIONS).toEqual({
      quote: 'classifying',
      claim: 'classifying',
      disputed: 'assessing',
      context: 'describing',
    })
    const collection = JSON.parse(w3cExport(seedTagged(0), CONTEXT)) as W3cCollection
    const byId = (id: string) =>
      collection.first.items.find((item) => item.id === `urn:factmark:tag:${id}`) as W3cAnnotation
    expect(byId('s0-tag-02').body).toContainEqual({
      type: 'TextualBody',
      purpose: 'commenting',
      value: HOSTILE_NOTE,
      format: 'text/plain',
    })
    expect(byId('s0-tag-01').body).toContainEqual(
      expect.objectContaining({ purpose: 'identifying', value: 'Trump, on camera' }),
    )
    expect(byId('s0-tag-03').body).toEqual([
      expect.objectContaining({ purpose: 'tagging', value: 'disputed' }),
      expect.objectContaining({ purpose: 'commenting' }),
      expect.objectContaining({
        purpose: 'assessing',
        value: 'Figures differ from the agency’s report.',
      }),
      {
        type: 'SpecificResource',
        purpose: 'linking',
        source: 'https://example.org/report?a=1&b=2',
      },
      { type: 'SpecificResource', purpose: 'linking', source: 'mailto:desk@example.org' },
    ])
    expect(byId('s0-tag-08').body).toHaveLength(1)
  })

  it('targets the article’s web address when it has one, else a URN', () => {
    const withUrl = JSON.parse(w3cExport(seedTagged(1), CONTEXT)) as W3cCollection
    const tags = (collection: W3cCollection) => collection.first.items as W3cAnnotation[]
    expect(new Set(tags(withUrl).map((item) => item.target.source))).toEqual(
      new Set(['https://news.example/trump?strikes=mexico&lang=en']),
    )
    const tagged = seedTagged(0)
    const without = JSON.parse(w3cExport(tagged, CONTEXT)) as W3cCollection
    expect(tags(without)[0]?.target.source).toBe(`urn:factmark:article:${tagged.article.id}`)
    const hostile = hostileCase()
    const fromHostile = JSON.parse(
      w3cExport(placeTags(hostile.article, hostile.annotations, all), CONTEXT),
    ) as W3cCollection
    expect(tags(fromHostile)[0]?.target.source).toBe(`urn:factmark:article:${hostile.article.id}`)
    expect(tags(fromHostile)[2]?.body.some((body) => 'source' in body)).toBe(false)
  })

  it('writes keys in one fixed order and carries only the tags and fields asked for', () => {
    const tagged = seedTagged(0, {
      editors: ['ana-ruiz'],
      kinds: ['quote', 'disputed'],
      notes: false,
    })
    const json = w3cExport(tagged, CONTEXT)
    const collection = JSON.parse(json) as W3cCollection
    expect(keyOrder(collection).filter((key) => !key.includes('['))).toEqual([
      '$.@context',
      '$.id',
      '$.type',
      '$.label',
      '$.total',
      '$.generator',
      '$.generator.id',
      '$.generator.type',
      '$.generator.name',
      '$.generated',
      '$.first',
      '$.first.id',
      '$.first.type',
      '$.first.startIndex',
      '$.first.items',
    ])
    expect(Object.keys(collection.first.items[0]!)).toEqual([
      'id',
      'type',
      'motivation',
      'creator',
      'created',
      'modified',
      'body',
      'target',
    ])
    expect(collection.first.items.every((item) => item.creator.name === 'Ana Ruiz')).toBe(true)
    expect(collection.first.items.map((item) => item.body)).toEqual(
      collection.first.items.map(() => [expect.objectContaining({ purpose: 'tagging' })]),
    )
    expect(new Set(collection.first.items.map((item) => item.motivation))).toEqual(
      new Set(['classifying', 'assessing']),
    )
    expect(w3cExport(tagged, CONTEXT)).toBe(json)
  })

  it('carries the fact-check, the accepted tag’s credit and the old text in Factmark’s terms', () => {
    const seed = seedCase(0)
    const withFactCheck = seed.annotations.map((annotation): Annotation => {
      if (annotation.id === 's0-tag-03') {
        return {
          ...annotation,
          acceptedFrom: {
            annotationId: 's0-tag-02',
            author: { id: 'ben-okafor', name: 'Ben Okafor' },
          },
          factCheck: {
            verdictAt: '2025-11-19T10:00:00.000Z',
            status: 'verdict',
            verdict: 'mostly-false',
            claimant: 'Donald Trump',
            summary: 'The US has stopped the waterways',
            passages: [{ articleId: 'aaaaaaaaaaaaaaaa', start: 4, end: 12, exact: 'passages' }],
            reviewUrl: 'https://checks.example/s0-tag-03',
          },
        }
      }
      return annotation
    })
    const collection = JSON.parse(
      w3cExport(placeTags(seed.article, withFactCheck, { ...all, notes: false }), CONTEXT),
    ) as W3cCollection
    expect(collection['@context'][1]).toMatchObject({ fm: FACTMARK_NAMESPACE })
    const item = collection.first.items.find(
      (entry) => entry.id === 'urn:factmark:tag:s0-tag-03',
    ) as W3cAnnotation
    expect(item.factCheck).toEqual(withFactCheck.find((tag) => tag.id === 's0-tag-03')?.factCheck)
    expect(Object.keys(item.factCheck ?? {})).toEqual([
      'status',
      'claimant',
      'verdict',
      'summary',
      'passages',
      'reviewUrl',
      'verdictAt',
    ])
    expect(item.acceptedFrom).toEqual({
      annotationId: 's0-tag-02',
      author: { id: 'ben-okafor', name: 'Ben Okafor' },
    })
    const plain = collection.first.items.find(
      (entry) => entry.id === 'urn:factmark:tag:s0-tag-01',
    ) as W3cAnnotation
    expect('factCheck' in plain || 'acceptedFrom' in plain).toBe(false)
  })

  it('writes each review as an annotation targeting the tag’s, after the tags', () => {
    const seed = seedCase(0)
    const review = (fields: Partial<Review> & Pick<Review, 'id' | 'verdict' | 'text'>): Review => ({
      articleId: seed.article.id,
      annotationId: 's0-tag-02',
      author: { id: 'sam-reviewer', name: 'Sam Reviewer' },
      created: '2025-11-19T09:00:00.000Z',
      modified: '2025-11-19T09:00:00.000Z',
      ...fields,
    })
    const reviews = [
      review({
        id: 'review-3',
        verdict: 'comment',
        text: 'Which report?',
        created: '2025-11-19T09:02:00.000Z',
      }),
      review({ id: 'review-1', verdict: 'reject', text: 'Not a claim.', subject: 'verdict' }),
      review({ id: 'review-2', verdict: 'accept', text: '', created: '2025-11-19T09:01:00.000Z' }),
      review({ id: 'review-9', verdict: 'accept', text: '', annotationId: 'not-exported' }),
    ]
    const tagged = seedTagged(0)
    const collection = JSON.parse(w3cExport(tagged, CONTEXT, reviews)) as W3cCollection
    const tagCount = tagged.placed.length + tagged.unplaced.length
    expect(collection.total).toBe(tagCount + 3)
    const written = collection.first.items.slice(tagCount) as W3cReviewAnnotation[]
    expect(written.map((item) => item.id)).toEqual([
      'urn:factmark:review:review-1',
      'urn:factmark:review:review-2',
      'urn:factmark:review:review-3',
    ])
    expect(written.every((item) => item.target === 'urn:factmark:tag:s0-tag-02')).toBe(true)
    expect(written.map((item) => item.motivation)).toEqual(['assessing', 'assessing', 'replying'])
    expect(written[0]).toMatchObject({
      creator: { id: 'urn:factmark:editor:sam-reviewer', type: 'Person', name: 'Sam Reviewer' },
      reviewVerdict: 'reject',
      reviewSubject: 'verdict',
      body: [
        expect.objectContaining({ purpose: 'assessing', value: 'rejected' }),
        expect.objectContaining({ purpose: 'commenting', value: 'Not a claim.' }),
      ],
    })
    expect(written[1]?.body).toEqual([expect.objectContaining({ value: 'accepted' })])
    expect('reviewSubject' in (written[1] ?? {})).toBe(false)
    expect(written[2]?.body).toEqual([
      expect.objectContaining({ purpose: 'replying', value: 'Which report?' }),
    ])
  })
  it('marks tags and reviews from an unsigned package with authorUnverified, a term of its context', () => {
    const seed = seedCase(0)
    const marked = new Set(['s0-tag-02'])
    const annotations = seed.annotations.map((annotation) =>
      marked.has(annotation.id) ? { ...annotation, unverified: true as const } : annotation,
    )
    const tagged = placeTags(seed.article, annotations, all)
    const review = (id: string, unverified: boolean): Review => ({
      id,
      articleId: seed.article.id,
      annotationId: 's0-tag-02',
      author: { id: 'sam-reviewer', name: 'Sam Reviewer' },
      verdict: 'accept',
      text: '',
      ...(unverified ? { unverified: true as const } : {}),
      created: '2025-11-19T09:00:00.000Z',
      modified: '2025-11-19T09:00:00.000Z',
    })
    const json = w3cExport(tagged, CONTEXT, [review('review-1', true), review('review-2', false)])
    const collection = JSON.parse(json) as W3cCollection
    const terms = collection['@context'][1] as Record<string, unknown>
    expect(terms.authorUnverified).toEqual({ '@id': 'fm:authorUnverified' })
    const byId = new Map(collection.first.items.map((item) => [item.id, item]))
    for (const tag of [...tagged.placed, ...tagged.unplaced]) {
      const item = byId.get(`urn:factmark:tag:${tag.annotation.id}`) as W3cAnnotation
      if (marked.has(tag.annotation.id)) expect(item.authorUnverified).toBe(true)
      else expect('authorUnverified' in item).toBe(false)
    }
    expect((byId.get('urn:factmark:review:review-1') as W3cReviewAnnotation).authorUnverified).toBe(
      true,
    )
    expect('authorUnverified' in (byId.get('urn:factmark:review:review-2') ?? {})).toBe(false)
    // Beside its creator, so that a reader sees the mark with the name it qualifies.
    const keys = Object.keys(byId.get('urn:factmark:tag:s0-tag-02') ?? {})
    expect(keys.indexOf('authorUnverified')).toBe(keys.indexOf('creator') + 1)
  })
})

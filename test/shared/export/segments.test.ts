import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ArticleBlock } from '../../../shared/export/article-blocks'
import { placeTags, type PlacedTag, type TaggedArticle } from '../../../shared/export/placed-tags'
import { segmentArticle, type SegmentedArticle } from '../../../shared/export/segments'
import { referenceSegmentArticle } from './segments-reference'
import { ANA, makeAnnotation, makeArticle, SEED_NAMES, seedCase } from './seed-annotations'

const all = { editors: [], kinds: [], notes: true }

function tagged(index: number): TaggedArticle {
  const seed = seedCase(index)
  return placeTags(seed.article, seed.annotations, all)
}

describe('segmentArticle', () => {
  for (const [index, name] of SEED_NAMES.entries()) {
    it(`cuts ${name} into runs that rebuild each block and each tag exactly`, () => {
      const article = tagged(index)
      const { blocks, lanes } = segmentArticle(article)
      expect(blocks.map(({ block }) => block)).toEqual(article.blocks)
      for (const { block, segments } of blocks) {
        expect(segments.map((segment) => segment.text).join('')).toBe(block.text)
        for (const segment of segments) {
          expect(segment.text).toBe(article.text.slice(segment.start, segment.end))
        }
      }
      const runs = blocks.flatMap(({ segments }) => segments)
      for (const tag of article.placed) {
        const covering = runs.filter((segment) => segment.tags.includes(tag))
        expect(covering.map((segment) => segment.text).join('')).toBe(
          tag.exact.replace(/\n\n/g, ''),
        )
        expect(runs.filter((segment) => segment.opening.includes(tag))).toEqual([covering[0]])
        expect(runs.filter((segment) => segment.closing.includes(tag))).toEqual([covering.at(-1)])
      }
      for (const left of article.placed) {
        for (const right of article.placed) {
          const overlap = left !== right && left.start < right.end && right.start < left.end
          if (overlap) expect(lanes.get(left.number)).not.toBe(lanes.get(right.number))
        }
      }
    })
  }

  it('orders the tags of a run by lane, outermost first, and closes innermost first', () => {
    const article = tagged(0)
    const { blocks, lanes } = segmentArticle(article)
    for (const segment of blocks.flatMap(({ segments }) => segments)) {
      const order = segment.tags.map((tag) => lanes.get(tag.number) ?? 0)
      expect(order).toEqual([...order].sort((a, b) => a - b))
      const closing = segment.closing.map((tag) => lanes.get(tag.number) ?? 0)
      expect(closing).toEqual([...closing].sort((a, b) => b - a))
    }
  })

  it('shows a tag on the whitespace between two blocks as an empty run at the next block', () => {
    const article = makeArticle({
      title: 'Gap',
      outlet: '',
      url: '',
      published: null,
      language: 'en',
      body: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'First paragraph ends here.' }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'Second paragraph starts.' }] },
        ],
      },
    })
    const text = 'First paragraph ends here.\n\nSecond paragraph starts.'
    const start = text.indexOf('\n')
    const gap = makeAnnotation(article, text, {
      id: 'gap-tag-01',
      author: ANA,
      kind: 'context',
      start,
      end: start + 2,
      minute: 0,
    })
    const tagged = placeTags(article, [gap], all)
    expect(tagged.placed).toHaveLength(1)
    const { blocks } = segmentArticle(tagged)
    const runs = blocks[1]!.segments
    expect(runs[0]).toMatchObject({ start: start + 2, end: start + 2, text: '' })
    expect(runs[0]!.opening).toEqual(tagged.placed)
    expect(runs[0]!.closing).toEqual(tagged.placed)
    expect(blocks[0]!.segments.every((segment) => segment.tags.length === 0)).toBe(true)
  })
})

/** The runs of a segmented article by tag numbers, to compare two segmentations. */
function runsByNumber(segmented: SegmentedArticle) {
  const numbers = (tags: PlacedTag[]) => tags.map((tag) => tag.number)
  return {
    lanes: [...segmented.lanes].sort(([left], [right]) => left - right),
    blocks: segmented.blocks.map(({ block, segments }) => ({
      block,
      segments: segments.map((segment) => ({
        start: segment.start,
        end: segment.end,
        text: segment.text,
        tags: numbers(segment.tags),
        opening: numbers(segment.opening),
        closing: numbers(segment.closing),
      })),
    })),
  }
}

/**
 * A random tagged article: blocks of random lengths (some empty) joined by "\n\n", and tags on
 * random spans (inside a block, across blocks, on the whitespace between), in document order.
 */
const randomTagged = fc
  .record({
    lengths: fc.array(fc.nat({ max: 8 }), { minLength: 1, maxLength: 8 }),
    spans: fc.array(
      fc.tuple(fc.nat({ max: 1000 }), fc.oneof(fc.nat({ max: 1 }), fc.nat({ max: 30 }))),
      { maxLength: 25 },
    ),
  })
  .map(({ lengths, spans }): TaggedArticle => {
    const blocks: ArticleBlock[] = []
    let offset = 0
    for (const [index, length] of lengths.entries()) {
      const text = 'abcdefghijklmnopqrstuvwxyz'.slice(0, length)
      blocks.push({
        type: 'paragraph',
        level: 0,
        text,
        start: offset,
        end: offset + length,
        quote: null,
      })
      offset += length + (index + 1 < lengths.length ? 2 : 0)
    }
    const text = blocks.map((block) => block.text).join('\n\n')
    const placed = spans
      .filter(() => text.length > 0)
      .map(([from, length]) => {
        const start = from % text.length
        return { start, end: Math.min(text.length, start + 1 + length) }
      })
      .sort((left, right) => left.start - right.start || right.end - left.end)
      .map((span, index): PlacedTag => ({
        annotation: { id: `tag-${index}` } as PlacedTag['annotation'],
        number: index + 1,
        status: 'anchored',
        start: span.start,
        end: span.end,
        exact: text.slice(span.start, span.end),
        sentence: null,
        lastSentence: null,
        changedFrom: null,
      }))
    return { text, blocks, placed } as unknown as TaggedArticle
  })

describe('segmentArticle as one sweep', () => {
  it('cuts random articles exactly as the quadratic algorithm did', () => {
    fc.assert(
      fc.property(randomTagged, (article) => {
        expect(runsByNumber(segmentArticle(article))).toEqual(
          runsByNumber(referenceSegmentArticle(article)),
        )
      }),
      { numRuns: 500 },
    )
  })

  it('cuts the seed articles exactly as the quadratic algorithm did', () => {
    for (const index of SEED_NAMES.keys()) {
      const article = tagged(index)
      expect(runsByNumber(segmentArticle(article))).toEqual(
        runsByNumber(referenceSegmentArticle(article)),
      )
    }
  })
})

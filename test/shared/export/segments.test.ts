import { describe, expect, it } from 'vitest'
import { placeTags, type TaggedArticle } from '../../../shared/export/placed-tags'
import { segmentArticle } from '../../../shared/export/segments'
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

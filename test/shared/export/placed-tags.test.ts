import { describe, expect, it } from 'vitest'
import { describe as describeSpan } from '../../../shared/anchoring/describe'
import { placeTags } from '../../../shared/export/placed-tags'
import type { Annotation } from '../../../shared/model/annotation'
import { ANA, BEN, makeAnnotation, makeArticle, SEED_NAMES, seedCase } from './seed-annotations'

const all = { editors: [], kinds: [], notes: true }

describe('placeTags', () => {
  for (const [index, name] of SEED_NAMES.entries()) {
    it(`places every tag of ${name} or sets it apart, in document order`, () => {
      const seed = seedCase(index)
      const tagged = placeTags(seed.article, seed.annotations, all)
      expect(tagged.text).toBe(seed.text)
      const ids = [...tagged.placed, ...tagged.unplaced].map((tag) => tag.annotation.id)
      expect(ids.sort()).toEqual(seed.annotations.map((annotation) => annotation.id).sort())
      expect([...tagged.placed, ...tagged.unplaced].map((tag) => tag.number)).toEqual(
        seed.annotations.map((_, number) => number + 1),
      )
      for (const [position, tag] of tagged.placed.entries()) {
        expect(tag.exact).toBe(seed.text.slice(tag.start, tag.end))
        const next = tagged.placed[position + 1]
        if (next)
          expect(next.start > tag.start || (next.start === tag.start && next.end <= tag.end)).toBe(
            true,
          )
        const first = seed.sentences[tag.sentence ?? -1]
        const last = seed.sentences[tag.lastSentence ?? -1]
        expect(first && first.start < tag.end && first.end > tag.start).toBe(true)
        expect(last && last.start < tag.end && last.end > tag.start).toBe(true)
      }
    })
  }

  it('finds the sentences a tag covers, marks changed text and sets orphans apart', () => {
    const seed = seedCase(0)
    const tagged = placeTags(seed.article, seed.annotations, all)
    const byId = (id: string) => tagged.placed.find((tag) => tag.annotation.id === id)
    expect(byId('s0-tag-01')).toMatchObject({ status: 'anchored', sentence: 1, lastSentence: 1 })
    expect(byId('s0-tag-04')).toMatchObject({ status: 'anchored', sentence: 3, lastSentence: 4 })
    const changed = byId('s0-tag-09')
    const stored = seed.annotations.find((annotation) => annotation.id === 's0-tag-09')
    expect(changed?.status).toBe('changed')
    expect(changed?.changedFrom).toBe(stored?.target.quote.exact)
    expect(changed?.exact).not.toBe(changed?.changedFrom)
    expect(tagged.unplaced).toEqual([
      expect.objectContaining({
        status: 'orphan',
        number: 10,
        annotation: expect.objectContaining({ id: 's0-tag-10' }),
      }),
    ])
  })

  it('keeps an unconfirmed change flagged even where the text is found unchanged', () => {
    const seed = seedCase(0)
    const flagged = { ...seed.annotations[0]!, changedFrom: 'what it said before' }
    const tagged = placeTags(seed.article, [flagged], all)
    expect(tagged.placed[0]).toMatchObject({
      status: 'changed',
      changedFrom: 'what it said before',
    })
  })

  it('sets apart a tag that fits two places equally well as ambiguous', () => {
    const sentence = 'The council approved the budget for rural schools on Tuesday night.'
    const article = makeArticle({
      title: 'Twice',
      outlet: '',
      url: '',
      published: null,
      language: 'en',
      body: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: `First. ${sentence} Then.` }] },
          { type: 'paragraph', content: [{ type: 'text', text: `Second. ${sentence} Then.` }] },
        ],
      },
    })
    const elsewhere = `Unrelated words before it here. ${sentence} And other words after it end.`
    const start = elsewhere.indexOf(sentence)
    const tag = makeAnnotation(article, elsewhere, {
      id: 'ambiguous-tag',
      author: ANA,
      kind: 'claim',
      start,
      end: start + sentence.length,
      minute: 0,
    })
    const tagged = placeTags(article, [tag], all)
    expect(tagged.placed).toEqual([])
    expect(tagged.unplaced).toEqual([expect.objectContaining({ status: 'ambiguous', number: 1 })])
  })

  it('keeps only the editors and kinds asked for, and names the editors covered', () => {
    const seed = seedCase(0)
    const bens = placeTags(seed.article, seed.annotations, {
      editors: [BEN.id],
      kinds: [],
      notes: true,
    })
    expect(
      [...bens.placed, ...bens.unplaced].every((tag) => tag.annotation.author.id === BEN.id),
    ).toBe(true)
    expect(bens.placed.length + bens.unplaced.length).toBe(
      seed.annotations.filter((annotation) => annotation.author.id === BEN.id).length,
    )
    expect(bens.editors).toEqual([BEN])

    const quotes = placeTags(seed.article, seed.annotations, {
      editors: [],
      kinds: ['quote', 'disputed'],
      notes: false,
    })
    expect(quotes.kinds).toEqual(['quote', 'disputed'])
    expect(quotes.placed.map((tag) => tag.annotation.kind).sort()).toEqual([
      'disputed',
      'disputed',
      'quote',
      'quote',
    ])
    expect(quotes.notes).toBe(false)
    expect(quotes.editors).toEqual([ANA, BEN])

    const nobody = placeTags(seed.article, seed.annotations, {
      editors: ['zoe-quinn', ANA.id],
      kinds: [],
      notes: true,
    })
    expect(nobody.editors).toEqual([ANA, { id: 'zoe-quinn', name: 'zoe-quinn' }])
    expect(placeTags(seed.article, [], all).editors).toEqual([])
  })

  it('tells whether the body opens with the headline, and numbers tags from 1', () => {
    const seed = seedCase(3)
    const tagged = placeTags(seed.article, seed.annotations, all)
    expect(tagged.titleInBody).toBe(true)
    expect(tagged.placed[0]?.number).toBe(1)
    expect(placeTags(seedCase(0).article, [], all).titleInBody).toBe(false)
  })

  it('refuses a tag of another article, an unknown kind and a body that is not an article', () => {
    const seed = seedCase(0)
    const other = seedCase(1)
    expect(() => placeTags(seed.article, other.annotations, all)).toThrow(
      /^placeTags: tag s1-tag-01 belongs to article [0-9a-f]{16}, not [0-9a-f]{16}$/,
    )
    expect(() =>
      placeTags(seed.article, [], { editors: [], kinds: ['rumour' as never], notes: true }),
    ).toThrow(/^placeTags: unknown tag kind "rumour"$/)
    const broken = { ...seed.article, body: { type: 'doc', content: [{ type: 'image' }] } }
    expect(() => placeTags(broken, [], all)).toThrow(
      /^placeTags: the body of article .* is not a valid document/,
    )
  })

  it('anchors against the current text, after the article was edited', () => {
    const seed = seedCase(0)
    const quote = seed.annotations[0] as Annotation
    const body = structuredClone(seed.article.body)
    body.content?.unshift({
      type: 'paragraph',
      content: [{ type: 'text', text: 'An editor’s note added on top.' }],
    })
    const tagged = placeTags({ ...seed.article, body }, [quote], all)
    const placed = tagged.placed[0]
    expect(placed?.status).toBe('anchored')
    expect(placed?.exact).toBe(quote.target.quote.exact)
    expect(placed?.start).toBe(
      quote.target.position.start + 'An editor’s note added on top.\n\n'.length,
    )
    expect(describeSpan(tagged.text, placed!.start, placed!.end).quote.exact).toBe(
      quote.target.quote.exact,
    )
  })
})

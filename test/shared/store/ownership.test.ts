import { describe, expect, it } from 'vitest'
import { checkOwnReviews, checkOwnTags, validTagsInSlices } from '../../../shared/store/ownership'
import { ANA, ARTICLE_ID, SAM, review, tag } from '../exchange/exchange-fixtures'

describe('checkOwnTags', () => {
  it('accepts an editor’s own tags on the article', () => {
    expect(() => checkOwnTags([tag(ANA, 'a'), tag(ANA, 'b')], ARTICLE_ID, ANA)).not.toThrow()
  })

  it('refuses a tag of another editor as forbidden, naming both', () => {
    expect(() => checkOwnTags([tag(ANA, 'a'), tag(SAM, 'b')], ARTICLE_ID, ANA)).toThrow(
      expect.objectContaining({
        code: 'forbidden',
        message: expect.stringContaining('Sam Reviewer'),
      }),
    )
  })

  it('refuses a tag of another article', () => {
    const stray = { ...tag(ANA, 'a'), articleId: 'fedcba9876543210' }
    expect(() => checkOwnTags([stray], ARTICLE_ID, ANA)).toThrow(
      expect.objectContaining({
        code: 'invalid-argument',
        message: expect.stringContaining('another article'),
      }),
    )
  })

  it('refuses two tags sharing an id, and a malformed tag', () => {
    expect(() => checkOwnTags([tag(ANA, 'a'), tag(ANA, 'a')], ARTICLE_ID, ANA)).toThrow(
      /share an id/,
    )
    const broken = { ...tag(ANA, 'a'), kind: 'rumour' } as unknown as ReturnType<typeof tag>
    expect(() => checkOwnTags([broken], ARTICLE_ID, ANA)).toThrow(/A tag is not valid: 0.kind/)
  })

  it('does not parse again the stored tags it is told are valid, and checks the rest', () => {
    const stored = tag(ANA, 'a')
    // Stored tags were parsed when saved: one told valid is taken as it is (here, to show it).
    const unparsed = { ...tag(ANA, 's'), kind: 'rumour' } as unknown as ReturnType<typeof tag>
    const valid = new Set([stored, unparsed])
    expect(() =>
      checkOwnTags([stored, unparsed, tag(ANA, 'b')], ARTICLE_ID, ANA, valid),
    ).not.toThrow()
    // A new tag that is not valid is named by its place in the whole set.
    const broken = { ...tag(ANA, 'b'), kind: 'rumour' } as unknown as ReturnType<typeof tag>
    expect(() => checkOwnTags([stored, unparsed, broken], ARTICLE_ID, ANA, valid)).toThrow(
      /A tag is not valid: 2.kind/,
    )
    // Ids are compared across the whole set, and ownership checked on every tag.
    expect(() => checkOwnTags([stored, tag(ANA, 'a')], ARTICLE_ID, ANA, valid)).toThrow(
      /share an id/,
    )
    const foreign = tag(SAM, 'x')
    expect(() => checkOwnTags([foreign], ARTICLE_ID, ANA, new Set([foreign]))).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    )
  })
})

describe('checkOwnReviews', () => {
  it('returns the parsed reviews of the editor', () => {
    const mine = [review(SAM, '1', 'ana-a000', 'accept'), review(SAM, '2', 'ana-a000', 'comment')]
    expect(checkOwnReviews(mine, ARTICLE_ID, SAM)).toEqual(mine)
  })

  it('refuses a review written as someone else', () => {
    expect(() => checkOwnReviews([review(ANA, '1', 'x0000000')], ARTICLE_ID, SAM)).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    )
  })

  it('refuses two verdicts on one tag, but not a verdict and comments', () => {
    const twice = [review(SAM, '1', 'ana-a000', 'accept'), review(SAM, '2', 'ana-a000', 'reject')]
    expect(() => checkOwnReviews(twice, ARTICLE_ID, SAM)).toThrow(/two verdicts/)
  })

  it('takes one verdict on a tag and one on its fact-check verdict, not two on the verdict', () => {
    const tagAndVerdict = [
      review(SAM, '1', 'ana-a000', 'accept'),
      { ...review(SAM, '2', 'ana-a000', 'reject'), subject: 'verdict' as const },
    ]
    expect(() => checkOwnReviews(tagAndVerdict, ARTICLE_ID, SAM)).not.toThrow()
    const twice = [
      { ...review(SAM, '1', 'ana-a000', 'accept'), subject: 'verdict' as const },
      { ...review(SAM, '2', 'ana-a000', 'reject'), subject: 'verdict' as const },
    ]
    expect(() => checkOwnReviews(twice, ARTICLE_ID, SAM)).toThrow(/two verdicts/)
  })

  it('refuses a review of another article and a malformed review', () => {
    const stray = { ...review(SAM, '1', 'ana-a000'), articleId: 'fedcba9876543210' }
    expect(() => checkOwnReviews([stray], ARTICLE_ID, SAM)).toThrow(/another article/)
    expect(() => checkOwnReviews([{ id: 3 }], ARTICLE_ID, SAM)).toThrow(/A review is not valid/)
  })
})

describe('validTagsInSlices', () => {
  const many = (count: number) =>
    Array.from({ length: count }, (_, n) => tag(ANA, `n${String(n).padStart(4, '0')}`))

  it('parses the tags not known valid a slice at a time, pausing between slices', async () => {
    const tags = many(250)
    const stored = new Set(tags.slice(0, 40))
    let pauses = 0
    const valid = await validTagsInSlices(tags, stored, async () => {
      pauses += 1
    })
    // 210 tags to parse, a hundred a slice.
    expect(pauses).toBe(3)
    expect([...valid]).toEqual(tags)
    expect(() => checkOwnTags(tags, ARTICLE_ID, ANA, valid)).not.toThrow()
  })

  it('names a malformed tag by its place in the whole set, in a later slice', async () => {
    const tags = many(250)
    tags[230] = { ...tags[230], kind: 'rumour' } as unknown as ReturnType<typeof tag>
    await expect(
      validTagsInSlices(tags, new Set(tags.slice(0, 10)), async () => {}),
    ).rejects.toThrow(/A tag is not valid: 230.kind/)
  })

  it('leaves two tags sharing an id across slices to checkOwnTags, which refuses them', async () => {
    const tags = [...many(150), tag(ANA, 'n0003')]
    const valid = await validTagsInSlices(tags, new Set(), async () => {})
    expect(() => checkOwnTags(tags, ARTICLE_ID, ANA, valid)).toThrow(/share an id/)
  })
})

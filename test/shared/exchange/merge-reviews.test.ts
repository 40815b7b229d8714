import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../../../shared/exchange/canonical-json'
import {
  mergeArticleWork,
  mergeReviews,
  type ArticleRecords,
  type IncomingArticleWork,
} from '../../../shared/exchange/merge'
import type { Annotation, EditorRef } from '../../../shared/model/annotation'
import type { Review } from '../../../shared/model/review'
import { ANA, at, LEE, review, SAM, tag } from './exchange-fixtures'

const byId = <T extends { id: string }>(records: readonly T[]): T[] =>
  [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))

/** An article's records with records in id order: what "identical results" compares. */
function canonical(state: ArticleRecords): string {
  return canonicalJson({
    annotations: byId(state.annotations),
    reviews: byId(state.reviews),
    tombstones: state.tombstones,
  })
}

const EMPTY: ArticleRecords = { annotations: [], reviews: [], tombstones: [] }

/** Merges `work` into `state` the way a library does, as `actingId` (the importing editor). */
function apply(actingId: string | null) {
  return (state: ArticleRecords, work: IncomingArticleWork): ArticleRecords => {
    const result = mergeArticleWork(state, work, actingId)
    return {
      annotations: result.annotations,
      reviews: result.reviews,
      tombstones: result.tombstones,
    }
  }
}

/** One editor's offline work: `tags` tags and reviews of `reviewed` tags of the other editor. */
function offlineWork(
  author: EditorRef,
  other: EditorRef,
  tags: number,
  reviewed: number,
  verdictOf: (index: number) => Review['verdict'],
): { annotations: Annotation[]; reviews: Review[] } {
  const annotations = Array.from({ length: tags }, (_, index) =>
    tag(author, `sentence-${index}`, index % 50, { note: `sentence ${index}` }),
  )
  const reviews = Array.from({ length: reviewed }, (_, index) =>
    review(
      author,
      `v${index}`,
      tag(other, `sentence-${index * 3}`).id,
      verdictOf(index),
      30 + (index % 20),
    ),
  )
  return { annotations, reviews }
}

function workOf(
  author: EditorRef,
  records: { annotations: Annotation[]; reviews: Review[] },
): IncomingArticleWork {
  return { author, ...records, deleted: [], deletedReviews: [] }
}

describe('merging tags and reviews (RELIABILITY M1)', () => {
  const verdicts: Review['verdict'][] = ['accept', 'reject', 'comment']
  const sam = offlineWork(SAM, LEE, 500, 100, (index) => verdicts[index % 3] ?? 'comment')
  const lee = offlineWork(LEE, SAM, 500, 100, (index) => verdicts[(index + 1) % 3] ?? 'comment')
  const samWork = workOf(SAM, sam)
  const leeWork = workOf(LEE, lee)
  // Each editor's own library holds their own work; packages go both ways.
  const samLibrary: ArticleRecords = { ...EMPTY, ...sam }
  const leeLibrary: ArticleRecords = { ...EMPTY, ...lee }

  it('keeps all 1,000 tags and 200 reviews, the same in either library and any order, idempotently', () => {
    const samSide = apply(SAM.id)(samLibrary, leeWork)
    const leeSide = apply(LEE.id)(leeLibrary, samWork)
    const twice = apply(SAM.id)(samSide, leeWork)
    expect(samSide.annotations).toHaveLength(1_000)
    expect(samSide.reviews).toHaveLength(200)
    expect(canonical(leeSide)).toBe(canonical(samSide))
    expect(canonical(twice)).toBe(canonical(samSide))
    // No record loses its author or timestamps.
    const sent = new Map(
      [...sam.annotations, ...lee.annotations, ...sam.reviews, ...lee.reviews].map((record) => [
        record.id,
        canonicalJson(record),
      ]),
    )
    for (const record of [...samSide.annotations, ...samSide.reviews]) {
      expect(canonicalJson(record)).toBe(sent.get(record.id))
    }
  })

  it('gives a third editor one result for any order and repetition of the two packages', () => {
    const full = canonical(apply(ANA.id)(apply(ANA.id)(EMPTY, samWork), leeWork))
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(samWork, leeWork), { minLength: 2, maxLength: 5 }),
        (order) => {
          fc.pre(order.includes(samWork) && order.includes(leeWork))
          expect(canonical(order.reduce(apply(ANA.id), EMPTY))).toBe(full)
        },
      ),
      { numRuns: 20 },
    )
  })
})

/** Small random work of one author: a few tags, reviews of a few ids, and deletions. */
function smallWork(author: EditorRef): fc.Arbitrary<IncomingArticleWork> {
  const reviewArbitrary = fc
    .record({
      key: fc.integer({ min: 0, max: 4 }),
      on: fc.integer({ min: 0, max: 3 }),
      minute: fc.integer({ min: 0, max: 6 }),
      verdict: fc.constantFrom<Review['verdict']>('accept', 'reject', 'comment'),
    })
    .map(({ key, on, minute, verdict }) =>
      review(author, `k${key}`, tag(ANA, `t${on}`).id, verdict, minute),
    )
  const tagArbitrary = fc
    .record({ key: fc.integer({ min: 0, max: 4 }), minute: fc.integer({ min: 0, max: 6 }) })
    .map(({ key, minute }) => tag(author, `t${key}`, minute))
  const stones = (prefix: (key: number) => string) =>
    fc
      .uniqueArray(
        fc.record({ key: fc.integer({ min: 0, max: 4 }), minute: fc.integer({ min: 0, max: 6 }) }),
        { selector: (stone) => stone.key, maxLength: 3 },
      )
      .map((list) => list.map(({ key, minute }) => ({ id: prefix(key), deletedAt: at(minute) })))
  return fc
    .record({
      annotations: fc.uniqueArray(tagArbitrary, { selector: (item) => item.id, maxLength: 4 }),
      reviews: fc.uniqueArray(reviewArbitrary, { selector: (item) => item.id, maxLength: 4 }),
      deleted: stones((key) => tag(author, `t${key}`).id),
      deletedReviews: stones((key) => review(author, `k${key}`, 'x'.repeat(8)).id),
    })
    .map((work) => {
      const liveTags = new Set(work.annotations.map((item) => item.id))
      const liveReviews = new Set(work.reviews.map((item) => item.id))
      return {
        author,
        annotations: work.annotations,
        reviews: work.reviews,
        deleted: work.deleted.filter((stone) => !liveTags.has(stone.id)),
        deletedReviews: work.deletedReviews.filter((stone) => !liveReviews.has(stone.id)),
      }
    })
}

const packages = fc.oneof(smallWork(SAM), smallWork(LEE))
const base: ArticleRecords = {
  annotations: [tag(ANA, 't0'), tag(ANA, 't1')],
  reviews: [review(ANA, 'mine', tag(SAM, 't0').id, 'comment')],
  tombstones: [],
}

describe('mergeArticleWork properties', () => {
  it('is idempotent, commutative and associative over tags, reviews and tombstones', () => {
    fc.assert(
      fc.property(fc.tuple(packages, packages, packages), ([a, b, c]) => {
        const orders = [
          [a, b, c],
          [c, b, a],
          [b, a, c, b],
          [c, a, b, a, c],
        ]
        const results = orders.map((order) => canonical(order.reduce(apply(ANA.id), base)))
        expect(new Set(results).size).toBe(1)
      }),
    )
  })

  it('never changes the acting editor’s records nor another author’s (RELIABILITY M3)', () => {
    fc.assert(
      fc.property(fc.array(packages, { maxLength: 4 }), (works) => {
        const after = works.reduce(apply(ANA.id), base)
        const mine = (state: ArticleRecords) =>
          canonicalJson([
            ...state.annotations.filter((item) => item.author.id === ANA.id),
            ...state.reviews.filter((item) => item.author.id === ANA.id),
          ])
        expect(mine(after)).toBe(mine(base))
        for (const stone of after.tombstones) expect([SAM.id, LEE.id]).toContain(stone.authorId)
      }),
    )
  })
})

describe('mergeReviews', () => {
  const samTag = tag(SAM, 'claim')

  it('keeps both of two reviewers’ conflicting verdicts on one tag (RELIABILITY M2)', () => {
    const accept = review(ANA, 'a', samTag.id, 'accept', 2)
    const reject = review(LEE, 'r', samTag.id, 'reject', 2, 'The count is wrong.')
    const result = mergeReviews([accept], { author: LEE, reviews: [reject], deleted: [] }, ANA.id)
    expect(result.reviews).toEqual([accept, reject])
    expect(result.added).toEqual([reject.id])
  })

  it('applies a reviewer’s newer version and a later tombstone only, and never revives', () => {
    const first = review(LEE, 'r', samTag.id, 'reject', 2, 'Wrong.')
    const changed = { ...first, verdict: 'accept' as const, text: '', modified: at(4) }
    const updated = mergeReviews([first], { author: LEE, reviews: [changed], deleted: [] }, ANA.id)
    expect(updated).toMatchObject({ updated: [first.id], reviews: [changed] })
    const stale = mergeReviews(
      updated.reviews,
      { author: LEE, reviews: [first], deleted: [] },
      ANA.id,
    )
    expect(stale).toMatchObject({ unchanged: 1, reviews: [changed] })
    const gone = mergeReviews(
      updated.reviews,
      { author: LEE, reviews: [], deleted: [{ id: first.id, deletedAt: at(5) }] },
      ANA.id,
    )
    expect(gone).toMatchObject({ deleted: [first.id], reviews: [] })
    const revived = mergeReviews(
      [],
      { author: LEE, reviews: [changed], deleted: [] },
      ANA.id,
      gone.tombstones,
    )
    expect(revived.reviews).toEqual([])
  })

  it('refuses a forged review, the acting editor’s own package, and leaves id clashes alone', () => {
    expect(() =>
      mergeReviews(
        [],
        { author: LEE, reviews: [review(SAM, 'x', samTag.id)], deleted: [] },
        ANA.id,
      ),
    ).toThrow('claims to be by Lee (lee) but holds records by Sam Reviewer (sam-reviewer)')
    expect(() => mergeReviews([], { author: ANA, reviews: [], deleted: [] }, ANA.id)).toThrow(
      'This package holds your own tags',
    )
    const mine = review(ANA, 'same', samTag.id)
    const clash = { ...review(LEE, 'other', samTag.id), id: mine.id }
    const result = mergeReviews([mine], { author: LEE, reviews: [clash], deleted: [] }, ANA.id)
    expect(result).toMatchObject({ clashes: [mine.id], reviews: [mine] })
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../../../shared/exchange/canonical-json'
import {
  mergeAnnotations,
  type AuthoredTombstone,
  type IncomingWork,
} from '../../../shared/exchange/merge'
import type { Annotation, EditorRef } from '../../../shared/model/annotation'
import { ANA, at, LEE, SAM, tag } from './exchange-fixtures'

/** The tags and tombstones an article holds between merges. */
interface State {
  annotations: Annotation[]
  tombstones: AuthoredTombstone[]
}

function apply(state: State, work: IncomingWork): State {
  const result = mergeAnnotations(state.annotations, work, ANA.id, state.tombstones)
  return { annotations: result.annotations, tombstones: result.tombstones }
}

/** The state with tags in id order: what "identical results" compares. */
function canonical(state: State): string {
  return canonicalJson({
    annotations: [...state.annotations].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    tombstones: state.tombstones,
  })
}

const KINDS = ['quote', 'claim', 'disputed', 'context'] as const

/** A version of tag `key` (one of a few ids per author) by `author`. */
function tagArbitrary(author: EditorRef): fc.Arbitrary<Annotation> {
  return fc
    .record({
      key: fc.integer({ min: 0, max: 5 }),
      minute: fc.integer({ min: 0, max: 6 }),
      kind: fc.constantFrom(...KINDS),
      note: fc.constantFrom('', 'checked', 'needs a source'),
    })
    .map(({ key, minute, kind, note }) => tag(author, `t${key}`, minute, { kind, note }))
}

function uniqueTags(author: EditorRef): fc.Arbitrary<Annotation[]> {
  return fc.uniqueArray(tagArbitrary(author), { selector: (item) => item.id, maxLength: 6 })
}

function workArbitrary(author: EditorRef): fc.Arbitrary<IncomingWork> {
  return uniqueTags(author).chain((annotations) => {
    const live = new Set(annotations.map((item) => item.id))
    return fc
      .uniqueArray(
        fc.record({ key: fc.integer({ min: 0, max: 5 }), minute: fc.integer({ min: 0, max: 6 }) }),
        { selector: (item) => item.key, maxLength: 3 },
      )
      .map((stones) => ({
        author,
        annotations,
        deleted: stones
          .map(({ key, minute }) => ({ id: tag(author, `t${key}`).id, deletedAt: at(minute) }))
          .filter((stone) => !live.has(stone.id)),
      }))
  })
}

/** A starting article: the acting editor's, Lee's and some of Sam's tags, no tombstones. */
const baseArbitrary: fc.Arbitrary<State> = fc
  .tuple(uniqueTags(ANA), uniqueTags(LEE), uniqueTags(SAM))
  .map(([mine, lee, sam]) => ({ annotations: [...mine, ...lee, ...sam], tombstones: [] }))

const packageArbitrary = fc.oneof(workArbitrary(SAM), workArbitrary(LEE))

describe('mergeAnnotations properties (RELIABILITY M1, M3)', () => {
  it('is idempotent: merging a package twice is merging it once', () => {
    fc.assert(
      fc.property(baseArbitrary, packageArbitrary, (base, work) => {
        const once = apply(base, work)
        expect(canonical(apply(once, work))).toBe(canonical(once))
      }),
    )
  })

  it('is commutative: A←B then C equals A←C then B', () => {
    fc.assert(
      fc.property(baseArbitrary, packageArbitrary, packageArbitrary, (base, first, second) => {
        expect(canonical(apply(apply(base, first), second))).toBe(
          canonical(apply(apply(base, second), first)),
        )
      }),
    )
  })

  it('gives one result for three packages in every order, repeated or not', () => {
    fc.assert(
      fc.property(
        baseArbitrary,
        fc.tuple(packageArbitrary, packageArbitrary, packageArbitrary),
        (base, [a, b, c]) => {
          const orders = [
            [a, b, c],
            [c, b, a],
            [b, a, c, b],
            [c, a, b, a, c],
          ]
          const results = orders.map((order) => canonical(order.reduce(apply, base)))
          expect(new Set(results).size).toBe(1)
        },
      ),
    )
  })

  it('never changes another author’s tags, and deletes only with a later authored tombstone', () => {
    fc.assert(
      fc.property(baseArbitrary, packageArbitrary, (base, work) => {
        const result = mergeAnnotations(base.annotations, work, ANA.id)
        const others = (tags: Annotation[]) =>
          canonicalJson(tags.filter((item) => item.author.id !== work.author.id))
        expect(others(result.annotations)).toBe(others(base.annotations))
        const after = new Set(result.annotations.map((item) => item.id))
        for (const before of base.annotations) {
          if (after.has(before.id)) continue
          const tombstone = work.deleted.find((stone) => stone.id === before.id)
          expect(before.author.id).toBe(work.author.id)
          expect(tombstone && Date.parse(tombstone.deletedAt) > Date.parse(before.modified)).toBe(
            true,
          )
          expect(result.deleted).toContain(before.id)
        }
        // Every record keeps its author and timestamps: nothing is rewritten on the way in.
        for (const item of result.annotations) {
          const source = [...base.annotations, ...work.annotations].find(
            (candidate) => canonicalJson(candidate) === canonicalJson(item),
          )
          expect(source).toBeDefined()
        }
      }),
    )
  })
})

describe('mergeAnnotations', () => {
  const work = (annotations: Annotation[], deleted: IncomingWork['deleted'] = []) => ({
    author: SAM,
    annotations,
    deleted,
  })

  it('adds unknown tags, replaces a tag only with a newer version, and counts the rest', () => {
    const existing = [tag(ANA, 'mine'), tag(SAM, 'a', 2), tag(SAM, 'b', 2)]
    const newer = tag(SAM, 'a', 3, { kind: 'disputed' })
    const older = tag(SAM, 'b', 1, { kind: 'quote' })
    const result = mergeAnnotations(existing, work([newer, older, tag(SAM, 'c')]), ANA.id)
    expect(result.added).toEqual([tag(SAM, 'c').id])
    expect(result.updated).toEqual([newer.id])
    expect(result.unchanged).toBe(1)
    expect(result.annotations).toEqual([existing[0], newer, existing[2], tag(SAM, 'c')])
  })

  it('changes nothing for a stale package: older records, fewer of them', () => {
    const existing = [tag(SAM, 'a', 5), tag(SAM, 'b', 5)]
    const result = mergeAnnotations(existing, work([tag(SAM, 'a', 1)]), ANA.id)
    expect(result).toMatchObject({ added: [], updated: [], deleted: [], unchanged: 1 })
    expect(result.annotations).toEqual(existing)
  })

  it('deletes only with a tombstone later than the tag, and keeps an older package from reviving it', () => {
    const existing = [tag(SAM, 'a', 2), tag(SAM, 'b', 2)]
    const result = mergeAnnotations(
      existing,
      work(
        [],
        [
          { id: tag(SAM, 'a').id, deletedAt: at(3) },
          { id: tag(SAM, 'b').id, deletedAt: at(2) },
        ],
      ),
      ANA.id,
    )
    expect(result.deleted).toEqual([tag(SAM, 'a').id])
    expect(result.annotations).toEqual([existing[1]])
    const revived = mergeAnnotations(
      result.annotations,
      work([tag(SAM, 'a', 2)]),
      ANA.id,
      result.tombstones,
    )
    expect(revived.added).toEqual([])
    expect(revived.annotations).toEqual([existing[1]])
    const edited = mergeAnnotations(
      result.annotations,
      work([tag(SAM, 'a', 4)]),
      ANA.id,
      result.tombstones,
    )
    expect(edited.added).toEqual([tag(SAM, 'a').id])
  })

  it('breaks a tie of equal times the same way whichever version arrives first', () => {
    const one = tag(SAM, 'a', 2, { kind: 'claim' })
    const other = tag(SAM, 'a', 2, { kind: 'quote' })
    const left = mergeAnnotations([one], work([other]), ANA.id).annotations
    const right = mergeAnnotations([other], work([one]), ANA.id).annotations
    expect(left).toEqual(right)
  })

  it('leaves a tag whose id another editor already uses, and reports it', () => {
    const mine = tag(ANA, 'x')
    const clash = { ...tag(SAM, 'y'), id: mine.id }
    const result = mergeAnnotations([mine], work([clash]), ANA.id)
    expect(result.clashes).toEqual([mine.id])
    expect(result.annotations).toEqual([mine])
  })

  it('refuses the acting editor’s own package and records by someone else', () => {
    expect(() => mergeAnnotations([], { ...work([]), author: ANA }, ANA.id)).toThrow(
      'This package holds your own tags (Ana)',
    )
    expect(() => mergeAnnotations([], work([tag(LEE, 'l')]), ANA.id)).toThrow(
      'claims to be by Sam Reviewer (sam-reviewer) but holds records by Lee (lee)',
    )
  })
})

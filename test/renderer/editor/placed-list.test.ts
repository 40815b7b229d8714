import { describe, expect, it } from 'vitest'
import { TAG_KINDS, type TagKind } from '../../../shared/model/annotation'
import { byPlace, PlacedList } from '../../../renderer/editor/placed-list'
import type { PlacedTag } from '../../../renderer/editor/tag-record'
import { randomGenerator } from '../../shared/anchoring/articles'

function tag(id: string, from: number, kind: TagKind = 'claim', author = 'ana'): PlacedTag {
  const annotation = {
    id,
    articleId: '0123456789abcdef',
    author: { id: author, name: author },
    kind,
    target: {
      position: { type: 'TextPositionSelector' as const, start: from, end: from + 5 },
      quote: { type: 'TextQuoteSelector' as const, exact: 'words', prefix: '', suffix: '' },
    },
    note: '',
    created: '2026-12-07T10:00:00.000Z',
    modified: '2026-12-07T10:00:00.000Z',
  }
  return { record: { annotation }, from, to: from + 5 }
}

/** `count` tags at random places, of random kinds and authors, in document order. */
function randomTags(random: () => number, count: number, prefix: string): PlacedTag[] {
  return Array.from({ length: count }, (_, index) =>
    tag(
      `${prefix}-${String(index).padStart(6, '0')}`,
      Math.floor(random() * 100_000),
      TAG_KINDS[Math.floor(random() * TAG_KINDS.length)],
      random() < 0.7 ? 'ana' : 'ben',
    ),
  ).sort(byPlace)
}

function all(list: PlacedList): PlacedTag[] {
  return Array.from({ length: list.length }, (_, index) => list.at(index) as PlacedTag)
}

describe('PlacedList', () => {
  it('stays equal to a sorted array through random removals and insertions', () => {
    for (const seed of [1, 2, 3]) {
      const random = randomGenerator(seed)
      let expected = randomTags(random, 1000, 'start')
      let list = PlacedList.of(expected)
      for (let round = 0; round < 300; round += 1) {
        const removed = expected.filter(() => random() < 0.002)
        const added = randomTags(random, Math.floor(random() * 4), `round${round}`)
        const next = list.patched(removed, added)
        expect(next, `seed ${seed}, round ${round}`).not.toBeNull()
        list = next ?? list
        expected = expected
          .filter((item) => !removed.includes(item))
          .concat(added)
          .sort(byPlace)
        expect(list.length).toBe(expected.length)
      }
      expect(all(list)).toEqual(expected)
      expect(list.toArray()).toEqual(expected)
      expect(list.at(-1)).toBeUndefined()
      expect(list.at(list.length)).toBeUndefined()
    }
  })

  it('grows from empty and empties again', () => {
    const tags = [tag('tag-b', 20), tag('tag-a', 10), tag('tag-c', 30)]
    let list = PlacedList.empty
    for (const item of tags) list = list.patched([], [item]) ?? list
    expect(all(list).map((item) => item.record.annotation.id)).toEqual(['tag-a', 'tag-b', 'tag-c'])
    list = list.patched(tags, []) ?? list
    expect(list.length).toBe(0)
  })

  it('refuses to remove a tag that is not where it is said to be', () => {
    const list = PlacedList.of([tag('tag-a', 10), tag('tag-b', 20)])
    expect(list.patched([tag('tag-a', 11)], [])).toBeNull()
    expect(list.patched([tag('tag-x', 10)], [])).toBeNull()
  })

  it('filters and counts per chunk, and a patch changes only what it touched', () => {
    const random = randomGenerator(7)
    const tags = randomTags(random, 2000, 'tag')
    const list = PlacedList.of(tags)
    const isAna = (item: PlacedTag) => item.record.annotation.author.id === 'ana'
    const ana = list.filter('author:ana', isAna)
    expect(ana.toArray()).toEqual(tags.filter(isAna))
    const counts = new Map<TagKind, number>()
    for (const item of tags) {
      const kind = item.record.annotation.kind
      counts.set(kind, (counts.get(kind) ?? 0) + 1)
    }
    expect(list.kindCounts()).toEqual(counts)

    const gone = tags[1234] as PlacedTag
    const came = tag('tag-new', 500, 'quote', 'ana')
    const next = list.patched([gone], [came]) as PlacedList
    const anaNext = next.filter('author:ana', isAna)
    const expected = tags
      .filter((item) => item !== gone)
      .concat(came)
      .sort(byPlace)
    expect(anaNext.toArray()).toEqual(expected.filter(isAna))
    // The tags the patch did not touch are the very objects of the filtered list before.
    const before = new Set(ana.toArray())
    expect(anaNext.toArray().filter((item) => !before.has(item))).toEqual([came])
    expect(next.changesSince(list)).toEqual({ gone: [gone], came: [came] })
    expect(next.changesSince(next)).toEqual({ gone: [], came: [] })
  })

  it('compares lists that share nothing whole', () => {
    const tags = [tag('tag-a', 10), tag('tag-b', 20)]
    const moved = [tags[0] as PlacedTag, tag('tag-b', 25)]
    expect(PlacedList.of(moved).changesSince(PlacedList.of(tags))).toEqual({
      gone: [tags[1]],
      came: [moved[1]],
    })
  })
})

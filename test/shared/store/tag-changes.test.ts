import { describe, expect, it } from 'vitest'
import type { Annotation } from '../../../shared/model/annotation'
import { withTagChanges } from '../../../shared/store/tag-changes'

function tag(id: string, kind: Annotation['kind'] = 'claim'): Annotation {
  return {
    id,
    articleId: '0123456789abcdef',
    author: { id: 'ana', name: 'Ana' },
    kind,
    target: {
      position: { type: 'TextPositionSelector', start: 0, end: 5 },
      quote: { type: 'TextQuoteSelector', exact: 'words', prefix: '', suffix: '' },
    },
    note: '',
    created: '2026-12-07T10:00:00.000Z',
    modified: '2026-12-07T10:00:00.000Z',
  }
}

const pairs = (tags: Annotation[]) => tags.map((item) => [item.id, item.kind])

describe('withTagChanges', () => {
  it('replaces changed tags where they were, adds new ones last and drops removed ones', () => {
    const own = [tag('tag-0001'), tag('tag-0002'), tag('tag-0003')]
    const changes = {
      changed: [tag('tag-0004', 'quote'), tag('tag-0002', 'disputed')],
      removed: ['tag-0001'],
    }
    expect(pairs(withTagChanges(own, changes))).toEqual([
      ['tag-0002', 'disputed'],
      ['tag-0003', 'claim'],
      ['tag-0004', 'quote'],
    ])
  })

  it('gives the same set when the same changes come twice (a save sent again)', () => {
    const own = [tag('tag-0001'), tag('tag-0002')]
    const changes = { changed: [tag('tag-0003', 'quote')], removed: ['tag-0002'] }
    const once = withTagChanges(own, changes)
    expect(withTagChanges(once, changes)).toEqual(once)
  })

  it('ignores removing a tag it does not have, and a tag both changed and removed goes', () => {
    const own = [tag('tag-0001')]
    const changes = { changed: [tag('tag-0002')], removed: ['tag-0002', 'tag-0009'] }
    expect(pairs(withTagChanges(own, changes))).toEqual([['tag-0001', 'claim']])
  })
})

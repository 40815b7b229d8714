import { describe, expect, it } from 'vitest'
import { firstWords, lostTags, lostWorkMessage, salvageTags } from '../../../shared/store/lost-tags'

const ID = 'f542dea5200fcbf6'

function annotation(id: string, kind: string, exact: string, articleId = ID): object {
  return {
    id,
    articleId,
    author: { id: 'ana-ruiz', name: 'Ana Ruiz' },
    kind,
    target: { quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' } },
    note: 'n',
  }
}

function file(...annotations: object[]): string {
  return JSON.stringify({ version: 2, article: { id: ID }, annotations }, null, 2)
}

describe('salvageTags', () => {
  it('reads the tags of a file cut short, leaving out the one cut off', () => {
    const text = file(
      annotation('tag-one-aaaa', 'claim', 'The mayor \\"disagreed\\".'),
      annotation('tag-two-bbbb', 'quote', 'Second one'),
    )
    const cut = text.slice(0, text.indexOf('Second one') - 3)
    expect(salvageTags(text, ID).map((tag) => tag.id)).toEqual(['tag-one-aaaa', 'tag-two-bbbb'])
    expect(salvageTags(cut, ID)).toEqual([
      { id: 'tag-one-aaaa', kind: 'claim', exact: 'The mayor \\"disagreed\\".' },
    ])
  })

  it('ignores other articles, unknown kinds and the authors’ ids', () => {
    const text = file(
      annotation('tag-other-a', 'claim', 'x', '0123456789abcdef'),
      annotation('tag-odd-kind', 'rumour', 'y'),
    )
    expect(salvageTags(text, ID)).toEqual([])
  })
})

describe('lostTags', () => {
  it('lists the tags the restored version lacks or holds under another kind, once', () => {
    const newer = file(
      annotation('tag-kept-aaaa', 'claim', 'Kept'),
      annotation('tag-changed-b', 'disputed', 'Changed'),
      annotation('tag-new-cccc', 'quote', 'New one'),
    )
    const restored = [
      { id: 'tag-kept-aaaa', kind: 'claim' },
      { id: 'tag-changed-b', kind: 'claim' },
    ]
    expect(lostTags(restored, [newer, newer], ID).map((tag) => tag.id)).toEqual([
      'tag-changed-b',
      'tag-new-cccc',
    ])
  })
})

describe('lostWorkMessage', () => {
  it('names each lost tag by kind and first words, and since when', () => {
    const message = lostWorkMessage(
      [{ id: 'a', kind: 'claim', exact: 'one two three four five six seven' }],
      '2026-01-01T00:00:00.000Z',
      '2026-01-02T00:00:00.000Z',
    )
    expect(message).toBe(
      'Changes saved after 2026-01-01T00:00:00.000Z (last saved 2026-01-02T00:00:00.000Z) could not be recovered: this tag was lost: claim “one two three four five six…”.',
    )
  })

  it('says work may be lost even when no tag can be named', () => {
    expect(lostWorkMessage([], 'then', null)).toMatch(/^Changes saved after then could not be/)
  })

  it('quotes short texts whole', () => {
    expect(firstWords('  Short text ')).toBe('“Short text”')
    expect(firstWords('“Would I launch strikes?” he asked.', 3)).toBe('“Would I launch…”')
  })
})

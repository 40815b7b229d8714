import { describe, expect, it } from 'vitest'
import { locatePassage, locateTruth } from '../../../bench/story-eval/truth'

describe('locatePassage', () => {
  it('finds a passage exactly, trimmed', () => {
    expect(locatePassage('one two three', ' two ')).toEqual({ start: 4, end: 7 })
  })

  it('lets any run of white space match another, as the import joins paragraphs', () => {
    const text = 'By Will Weissert\n\n·5 min read'
    const found = locatePassage(text, 'Will Weissert\n·5 min read')
    expect(found && text.slice(found.start, found.end)).toBe('Will Weissert\n\n·5 min read')
  })

  it('returns null for a passage that is not there', () => {
    expect(locatePassage('one two', 'three')).toBeNull()
    expect(locatePassage('one two', '  ')).toBeNull()
  })
})

describe('locateTruth', () => {
  it('places labels and names those it cannot find instead of counting them', () => {
    const texts = new Map([['A.txt', 'The quake killed 9 people.']])
    const placed = locateTruth(
      {
        event: 'quake',
        quotes: [],
        figures: [
          {
            quantity: 'killed',
            conflict: false,
            values: [
              { file: 'A.txt', text: 'killed 9 people', value: '9' },
              { file: 'A.txt', text: 'killed 10 people', value: '10' },
              { file: 'Z.txt', text: 'killed 9', value: '9' },
            ],
          },
        ],
        distractors: [],
        roles: [],
        debris: [],
      },
      texts,
    )
    expect(placed.figures[0]?.values).toEqual([
      { file: 'A.txt', text: 'killed 9 people', value: '9', start: 10, end: 25 },
    ])
    expect(placed.unplaced).toEqual(['A.txt: killed 10 people', 'Z.txt: killed 9'])
  })
})

describe('locateTruth with repeated words', () => {
  it('places a passage an article repeats at each place', () => {
    const texts = new Map([['A.txt', 'He said “never again”. Later: “never again”.']])
    const placed = locateTruth(
      {
        event: 'remark',
        quotes: [{ speaker: 'Ann Lee', variants: [{ file: 'A.txt', text: 'never again' }] }],
        figures: [],
        distractors: [],
        roles: [],
        debris: [],
      },
      texts,
    )
    expect(placed.quotes[0]?.variants.map(({ start, end }) => [start, end])).toEqual([
      [9, 20],
      [31, 42],
    ])
  })
})

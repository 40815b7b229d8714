import { describe, expect, it } from 'vitest'
import { conflictingTopics, figuresOfText } from './made-up-articles'

const figures = figuresOfText
const conflicts = conflictingTopics

describe('figureScope: a sentence naming several counters', () => {
  it('gives each figure the counter nearest to it, not the first one named', () => {
    const read = figures(
      'Organisers said nearly 2 million people marched on Sunday, while police put the crowd at 338,000.',
    )
    expect(read.map((figure) => [figure.text, figure.scope.source])).toEqual([
      ['nearly 2 million people', 'organisers'],
      ['338,000', 'police'],
    ])
    const ministry = figures(
      'About 1.1 million people protested on Thursday, according to the interior ministry, while the union said more than 2 million took part.',
    )
    expect(ministry.map((figure) => figure.scope.source)).toEqual(['ministry', 'unions'])
  })

  it('keeps the one source of a sentence that names one', () => {
    expect(figures('Police said 338,000 people marched on Sunday.')[0]?.scope.source).toBe('police')
  })

  it('never sets an organisers’ count against a police count of another article', () => {
    expect(
      conflicts(
        'Some 2 million people marched on Sunday, organisers said, a figure police disputed.',
        'Police said 338,000 people marched on Sunday.',
      ),
    ).toEqual([])
  })

  it('compares one counter’s figures even when a sentence names the other counter first', () => {
    expect(
      conflicts(
        'Police put the crowd at 338,000 on Sunday, while organisers said 2 million marched.',
        'Organisers said 1.5 million people marched on Sunday.',
      ),
    ).toEqual(['crowd size (by organisers, as of sunday)'])
  })
})

describe('figureScope: the day of a count', () => {
  it('takes the day the event happened as no day of the count', () => {
    expect(
      conflicts(
        'The quake that struck on Monday has killed 5,000 people.',
        'The death toll from the earthquake, which hit early Monday, rose to 9,000.',
      ),
    ).toEqual([])
    // A day the toll is given on still makes two tolls comparable.
    expect(
      conflicts(
        'Officials said on Monday that 4,000 people had been killed.',
        'On Monday, officials said the toll stood at 9,000.',
      ),
    ).toEqual(['people killed'])
  })
})

describe('figureScope: a figure of an earlier day', () => {
  it('marks a figure after "a week after" in its clause, or under an opening "Last week,"', () => {
    const read = figures(
      'Organisers said nearly 2 million people marched on Sunday, a week after 1.03 million took to the streets.',
    )
    expect(read.map((figure) => [figure.text, figure.kind, figure.scope.previous])).toEqual([
      ['nearly 2 million people', 'crowd', undefined],
      ['1.03 million took', 'crowd', true],
    ])
    expect(figures('Last week, organisers said 1 million people marched.')[0]?.scope.previous).toBe(
      true,
    )
  })

  it('never sets last week’s crowd against this week’s', () => {
    expect(
      conflicts(
        'Organisers said 2 million people marched on Sunday, a week after 1 million took to the streets.',
        'Organisers said 2 million people marched on Sunday.',
        'Last week, organisers said 1 million people marched on Sunday.',
      ),
    ).toEqual([])
  })
})

describe('figureScope: a place named after another figure', () => {
  it('does not give the whole the place of a part that follows it', () => {
    const read = figures('Police said 40,000 marchers, including 9,000 in Velmar, took part.')
    expect(read.map((figure) => [figure.text, figure.scope.place])).toEqual([
      ['40,000 marchers', undefined],
    ])
    const alone = figures('Police counted 40,000 marchers in Velmar.')
    expect(alone.map((figure) => figure.scope.place)).toEqual(['velmar'])
  })
})

describe('figureScope: a forecast in a later clause', () => {
  it('does not make a figure before it a forecast when that clause holds no number', () => {
    const [share] = figuresOfText(
      'Crews have cleared about 20 percent of the debris field, they are expected to finish next month.',
    )
    expect(share?.scope.forecast).toBeUndefined()
  })

  it('keeps the figure a forecast when the word comes first or the later clause has a number', () => {
    const before = figuresOfText('Analysts expected the index to rise by 40 points.')
    expect(before.every((figure) => figure.scope.forecast)).toBe(true)
    const numbered = figuresOfText(
      'Factories shed 12,000 workers, well short of the 30,000 analysts expected.',
    )
    expect(numbered.every((figure) => figure.scope.forecast)).toBe(true)
  })
})

import { describe, expect, it } from 'vitest'
import { isChangeSize, rateChanges } from '../../../shared/story/figure-changes'
import { sentenceScope } from '../../../shared/story/figure-scope'
import { tokenize } from '../../../shared/story/story-words'
import { compareTexts, conflictingTopics } from './made-up-articles'

/** The changes of rates one made-up sentence reports: words, direction, month. */
function changes(sentence: string) {
  const tokens = tokenize(sentence)
  return rateChanges(sentence, tokens, sentenceScope(sentence, tokens, null)).map((figure) => [
    figure.text,
    figure.value.value,
    figure.scope.asOf ?? null,
  ])
}

describe('rateChanges: which way a named rate moved', () => {
  it('reads rising and falling verbs after the rate, with what follows in their clause', () => {
    expect(changes('The vacancy rate edged down to 4.1% in March, the agency said.')).toEqual([
      ['vacancy rate edged down to 4.1% in March', -1, 'march'],
    ])
    expect(changes('Meanwhile the poverty rate, by most measures, climbed sharply.')).toEqual([
      ['poverty rate, by most measures, climbed sharply', 1, null],
    ])
    expect(changes('The inflation rate saw a modest uptick to 2.9%.')).toEqual([
      ['inflation rate saw a modest uptick to 2.9%', 1, null],
    ])
  })

  it('names a rate by its usual name, and takes the month changed to, not from', () => {
    expect(
      changes('The jobless rate rose half a point to 5.2% in October, from 4.7% in September.'),
    ).toEqual([['jobless rate rose half a point to 5.2% in October', 1, 'october']])
    const [figure] = rateChanges('The jobless rate fell.', tokenize('The jobless rate fell.'), {})
    expect(figure?.topic).toBe('change:unemployment')
  })

  it('leaves hedges, forecasts, negations and other clauses alone', () => {
    expect(changes('Analysts said the vacancy rate would fall next year.')).toEqual([])
    expect(changes('The vacancy rate is expected to rise.')).toEqual([])
    expect(changes('The vacancy rate did not rise.')).toEqual([])
    expect(changes('The vacancy rate was 4% in May, when wages fell.')).toEqual([])
  })

  it('does not take a weekday of reporting as the period of the change', () => {
    expect(changes('The vacancy rate unexpectedly fell, the ministry said Tuesday.')).toEqual([
      ['vacancy rate unexpectedly fell', -1, null],
    ])
  })
})

describe('rateChanges in compareFigures: one answer per month', () => {
  it('flags the article whose direction no other shares, even when it also says the other', () => {
    const topics = compareTexts(
      'Output grew in June. The vacancy rate fell in June, officials said. Later the vacancy rate climbed in June again.',
      'The vacancy rate rose to 6% in June.',
      'In June the vacancy rate ticked up.',
    )
    const change = topics.find((topic) => topic.topic.startsWith('change:vacancy'))
    expect(change?.conflict).toBe(true)
    const flagged = change?.values.filter((value) => value.conflictsWith.length > 0)
    expect(flagged?.map((value) => [value.articleId, value.text])).toEqual([
      ['a', 'vacancy rate fell in June'],
    ])
    expect(flagged?.[0]?.conflictsWith).toEqual(['b', 'c'])
  })

  it('never sets two months, or two rates, against each other', () => {
    const topics = compareTexts(
      'The vacancy rate fell in May. The poverty rate fell in June.',
      'The vacancy rate rose in June. The poverty rate fell in June.',
    )
    expect(topics.filter((topic) => topic.conflict)).toEqual([])
  })
})

describe('isChangeSize: how much a rate moved, not where it stands', () => {
  /** Whether the percentage `number` of `sentence` is read as the size of a change. */
  function sizeOf(sentence: string, number: string): boolean {
    const tokens = tokenize(sentence)
    return isChangeSize(
      tokens,
      tokens.findIndex((token) => token.text.startsWith(number)),
    )
  }

  it('reads a percentage right after a verb of change, or after "by" or "up", as its size', () => {
    expect(sizeOf('Rents rose 0.6% in June.', '0.6')).toBe(true)
    expect(sizeOf('Rent inflation climbed by 0.6% in June.', '0.6')).toBe(true)
    expect(sizeOf('Rent inflation was up 0.6% on the month.', '0.6')).toBe(true)
  })

  it('reads a level: after "to", or with the value it changed from in its clause', () => {
    expect(sizeOf('Rent inflation rose to 7.4% in June.', '7.4')).toBe(false)
    expect(sizeOf('Rent inflation rose 7.4% in the year to June from 7.1% in May.', '7.4')).toBe(
      false,
    )
    expect(sizeOf('Rent inflation stood at 7.4% in June.', '7.4')).toBe(false)
  })
})

describe('compareFigures: a change never disputes a level, an earlier month or a hypothetical', () => {
  it('never sets the size of a change, or a hypothetical rate, against a level', () => {
    expect(
      conflictingTopics(
        'The jobless rate rose 0.4% in June.',
        'The jobless rate was 5.9% in June.',
      ),
    ).toEqual([])
    expect(
      conflictingTopics(
        'Without the subsidy, the jobless rate would have been 7.7% in June.',
        'The jobless rate was 5.9% in June.',
      ),
    ).toEqual([])
  })

  it('never sets a part of the index against the headline rate', () => {
    expect(
      conflictingTopics(
        'Headline inflation rose 6.3% in the year to June from 6.0% in May.',
        'Food price inflation has risen to 12.4%.',
      ),
    ).toEqual([])
  })

  it('never disputes a month with the month changed from', () => {
    const topics = compareTexts(
      'The jobless rate fell in June from 6.1% in May.',
      'The jobless rate rose in May.',
    )
    expect(
      topics.every((topic) => topic.values.every((value) => value.disputedBy.length === 0)),
    ).toBe(true)
  })
})

import { describe, expect, it } from 'vitest'
import { candidateBefore, isCrowdCount, rateBefore } from '../../../shared/story/count-reading'
import { extractFigures } from '../../../shared/story/figures'
import { storyArticleFromText } from '../../../shared/story/story-article'
import { tokenize } from '../../../shared/story/story-words'
import { conflictingTopics, figuresOfText } from './made-up-articles'

function read(text: string) {
  const article = storyArticleFromText({ id: 'a' }, text)
  return extractFigures(article.text, article.sentences).map((figure) => [
    figure.text,
    figure.kind,
    figure.scope.source ?? null,
  ])
}

const conflicts = conflictingTopics

describe('readCount: a crowd however its count is worded', () => {
  it('reads a bare count before a verb of gathering as a crowd', () => {
    expect(
      read(
        'About 70,000 took part in the rally. Some 9,000 marched. Nearly 300 turned out at dawn.',
      ),
    ).toEqual([
      ['About 70,000 took part', 'crowd', null],
      ['Some 9,000 marched', 'crowd', null],
      ['Nearly 300 turned out', 'crowd', null],
    ])
  })

  it('reads a count given for the crowd or the turnout, with who counted', () => {
    expect(read('Police put the crowd at 35,000 on Saturday.')).toEqual([
      ['35,000', 'crowd', 'police'],
    ])
    expect(read('Organisers reported a turnout of 150,000.')).toEqual([
      ['150,000', 'crowd', 'organisers'],
    ])
  })

  it('never sets one counter’s crowd against another’s, or against an unattributed one', () => {
    expect(
      conflicts(
        'About 70,000 took part in the rally in Velmar.',
        'Organisers said 400,000 took part in the rally in Velmar.',
        'Police put the crowd at 35,000.',
      ),
    ).toEqual([])
  })

  it('still sets two figures of the same counter against each other', () => {
    expect(
      conflicts(
        'Police said 35,000 took part in the rally.',
        'Police said 90,000 took part in the rally.',
      ),
    ).toEqual(['crowd size (by police)'])
  })
})

describe('isCrowdCount', () => {
  it('takes verbs of gathering, and crowd nouns through their links', () => {
    const tokens = tokenize('the crowd was estimated at 5,000')
    expect(isCrowdCount(tokens, 5, [])).toBe(true)
    expect(isCrowdCount(tokens, 5, ['took', 'part'])).toBe(true)
    expect(isCrowdCount(tokenize('they counted 5,000 ballots'), 2, ['ballots'])).toBe(false)
    expect(isCrowdCount(tokenize('5,000 took bribes'), 0, ['took', 'bribes'])).toBe(false)
  })
})

describe('readCount: a candidate’s share, and the stage of the count it is of', () => {
  it('gives a share to the candidate named before an apposition, not to the party in it', () => {
    const article = storyArticleFromText(
      { id: 'a' },
      'Ana Ruiz, of the Green Alliance, reached 44.27%. Bo Lee, the ruling party’s man, won 55.7% of the votes.',
    )
    expect(extractFigures(article.text, article.sentences).map((figure) => figure.topic)).toEqual([
      'vote share:ruiz',
      'vote share:lee',
    ])
  })

  it('never sets shares of different stages of the count against each other', () => {
    expect(
      conflicts(
        'With more than 90% of polling stations counted on Sunday, Ana Ruiz had 44.6% of the votes.',
        'With 99.1% of the ballots counted on Sunday, Ana Ruiz had won 44.27% of the votes.',
      ),
    ).toEqual([])
  })

  it('still sets shares of the same stage against each other', () => {
    expect(
      conflicts(
        'With 99.1% of the ballots counted on Sunday, Ana Ruiz had 41.2% of the votes.',
        'With 99.1% of the ballots counted on Sunday, Ana Ruiz had won 44.27% of the votes.',
      ),
    ).toEqual(['ruiz’s share (with 99.1% counted)'])
  })
})

describe('readCount: crowds of other wordings and counters', () => {
  it('reads "the figure" or "the estimate" of a march as its crowd, and a ministry as a counter', () => {
    expect(read('Police put the figure at 338,000 at the peak of the march.')).toEqual([
      ['338,000', 'crowd', 'police'],
    ])
    expect(read('The ministry put the estimate at 90,000 protesters.')).toEqual([
      ['90,000', 'crowd', 'ministry'],
    ])
    // Outside a march, "the figure" is no crowd.
    expect(read('The ministry put the figure at 90,000.')).toEqual([])
  })

  it('compares a counter’s protesters with its marchers, one place’s crowd apart', () => {
    expect(
      conflicts(
        'The interior ministry counted 1.1 million protesters on Thursday.',
        'About 2.5 million people marched on Thursday, the interior ministry said.',
      ),
    ).toEqual(['protesters (by ministry, as of thursday)'])
    expect(
      conflicts(
        'The interior ministry counted 1.1 million protesters on Thursday.',
        'In Paris, 80,000 protesters marched on Thursday, the interior ministry said.',
      ),
    ).toEqual([])
  })
})

describe('candidateBefore: a share of the vote and whose it is', () => {
  it('reads past a capitalised word of the election to the candidate', () => {
    const text = 'Ruiz won the second round of the Velmaran elections with 55.7% of the votes.'
    const tokens = tokenize(text)
    const at = tokens.findIndex((token) => token.text.startsWith('55.7'))
    expect(candidateBefore(tokens, at)).toBe('ruiz')
    expect(read(text).map(([words, kind]) => [words, kind])).toEqual([
      ['55.7% of the votes', 'vote share'],
    ])
  })
})

describe('readCount: what an amount of money is for', () => {
  const purposes = (text: string) =>
    figuresOfText(text).map((figure) => [figure.text, figure.topic, figure.comparable])

  it('reads the verb past a currency sign and an object pronoun', () => {
    expect(
      purposes(
        'The mayor was fined $40,000. A judge fined him £40,000. The firm will forfeit €2 million.',
      ),
    ).toEqual([
      ['$40,000', 'money:fined', true],
      ['£40,000', 'money:fined', true],
      ['€2 million', 'money:forfeit', true],
    ])
  })

  it('leaves an amount after an article word, or inside brackets, without a purpose', () => {
    expect(purposes('They asked for a $9,000 (€8,300) payment.')).toEqual([
      ['$9,000', 'money:a', false],
      ['€8,300', 'money:', false],
    ])
  })
})

describe('readCount: "put the number of X at N"', () => {
  it('reads what is counted from the noun between the verb and "at"', () => {
    expect(
      read(
        'The ministry put the total number of marchers across the country at 400,000. Medics placed the number of dead at 31.',
      ),
    ).toEqual([
      ['400,000', 'crowd', 'ministry'],
      ['31', 'killed', null],
    ])
  })

  it('reads nothing from "at" without a verb of estimating, or across a sentence', () => {
    expect(read('The marchers met at 400 places.')).toEqual([['400 places', 'count', null]])
    expect(read('They put marchers on buses. At 9,000, the hall was full.')).toEqual([])
  })
})

describe('readCount: the share of ground a search has gone through', () => {
  it('reads a share of an area or a zone in a sentence about searching as one quantity', () => {
    const kinds = (text: string) => figuresOfText(text).map((figure) => figure.kind)
    expect(kinds('Rescuers have searched about 40 percent of the flood zone.')).toEqual([
      'searched',
    ])
    expect(kinds('Only 12% of the affected area has been combed by dog teams.')).toEqual([
      'searched',
    ])
    // The ground is the noun before the preposition: "of the valley zone from the landslide".
    expect(kinds('Crews scoured 60% of the valley zone from the landslide on Tuesday.')).toEqual([
      'searched',
    ])
  })

  it('leaves other shares of an area alone when nothing is searched', () => {
    const kinds = (text: string) => figuresOfText(text).map((figure) => figure.kind)
    expect(kinds('The blaze covered 30 percent of the park area.')).not.toContain('searched')
    expect(kinds('Searchers said 40 percent of the residents had left.')).not.toContain('searched')
    // A plan or a target is not how far the search has got.
    expect(kinds('Officials hope to search 90% of the zone by Friday.')).not.toContain('searched')
    expect(kinds('The goal is to comb 75 percent of the area this week.')).not.toContain('searched')
  })
})

describe('readCount: shares of the vote worded with an article or against a rival', () => {
  it('reads "obtained the 41.2%" as a share of the vote, and a rival’s share after "against"', () => {
    const read = figuresOfText('Ortega obtained the 41.2% against the Lind’s 57.9 %.')
    expect(read.map((figure) => [figure.text, figure.kind, figure.topic])).toEqual([
      ['41.2%', 'vote share', 'vote share:ortega'],
      ['57.9 %', 'vote share', 'vote share:lind'],
    ])
  })

  it('reads no rival’s share out of a possessive before another kind of percentage', () => {
    const read = figuresOfText('Sales grew 3% against Corvo’s 8% growth.')
    expect(read.map((figure) => figure.kind)).not.toContain('vote share')
  })
})

describe('rateBefore: which rate a percentage is of', () => {
  /** The rate read for the number `number` in `sentence`. */
  function rateOf(sentence: string, number: string): string | null {
    const tokens = tokenize(sentence)
    return rateBefore(
      tokens,
      tokens.findIndex((token) => token.text.startsWith(number)),
    )
  }

  it('reads a part of the price index as its own rate, the headline rate as inflation', () => {
    expect(rateOf('Grocery price inflation hit 8.7% in June.', '8.7')).toBe('grocery inflation')
    expect(rateOf('Core inflation eased to 3.9% in June.', '3.9')).toBe('core inflation')
    expect(rateOf('Consumer price inflation hit 6.2% in June.', '6.2')).toBe('inflation')
    expect(rateOf('Annual inflation hit 6.2% in June.', '6.2')).toBe('inflation')
  })

  it('reads the value changed to past the value changed from', () => {
    expect(rateOf('The vacancy rate rose from 2.5% to 2.9% in June.', '2.9')).toBe('vacancy')
    expect(rateOf('The vacancy rate hit 2.5%, 2.9% by June.', '2.9')).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import { findQuotations } from '../../../shared/story/quotations'
import { storyArticleFromText } from '../../../shared/story/story-article'

/** Each quotation's speaker and confidence, as the story view reads them. */
function speakers(text: string): [string | null, string][] {
  const article = storyArticleFromText({ id: 'a' }, text)
  return findQuotations(article.text, article.sentences).map(({ speaker, confidence }) => [
    speaker,
    confidence,
  ])
}

describe('guessSpeaker: attributions after the quotation', () => {
  it('reads a speaker with titles after a bullet quotation that has no full stop', () => {
    const text = [
      'Harbour town counts the cost of the storm',
      '- ‘We have never seen water this high. It’s a long night ahead,’ said Harbour Commissioner Ines Varga',
      'The storm surge reached the old quay by midnight.',
    ].join('\n')
    expect(speakers(text)[0]).toEqual(['Ines Varga', 'high'])
  })

  it('still takes a title-case line after a quotation for a headline, not an attribution', () => {
    const text = '“Never again” Harbour Town Counts The Cost Of Storm'
    expect(speakers(text)[0]?.[0]).toBeNull()
  })
})

describe('pronouns: whom "he" or "she" stands for', () => {
  it('never takes an acronym in capitals, an organisation, for "she"', () => {
    const text = [
      'Ines Varga toured the flooded quay on Monday.',
      'KNR reports the levee held overnight.',
      '“We were lucky this time,” she said.',
    ].join('\n')
    expect(speakers(text)[0]?.[0]).toBe('Ines Varga')
  })

  it('takes a person the article shows speaking in the middle of a sentence', () => {
    const text = [
      'KNR reports Ines Varga said the levee held overnight.',
      '“We were lucky this time,” she said later.',
    ].join('\n')
    expect(speakers(text)[0]?.[0]).toBe('Ines Varga')
  })
})

describe('carrying a speaker on to the next quotation', () => {
  it('carries on past the listener of "told", who is not a new speaker', () => {
    const text =
      '“We will rebuild,” Mayor Ines Varga told Radio Norte on Monday. “Every house, every street.”'
    expect(speakers(text)[1]).toEqual(['Ines Varga', 'high'])
  })

  it('does not carry on when someone else is the subject in between', () => {
    const text =
      '“We will rebuild,” Mayor Ines Varga said. Then Tomas Oduya spoke. “Every house, every street.”'
    expect(speakers(text)[1]?.[0]).toBeNull()
  })
})

describe('speech verbs', () => {
  it.each(['predicted', 'lamented', 'maintained', 'revealed', 'contended', 'affirmed'])(
    'reads a speaker named before “%s” after the quotation',
    (verb) => {
      const text = `“The water will be back next winter,” Ines Varga ${verb} on Monday.`
      expect(speakers(text)[0]).toEqual(['Ines Varga', 'high'])
    },
  )
})

describe('participles of speech', () => {
  it('take the name right before them as their subject', () => {
    expect(
      speakers(
        'The plan became the talk of the week, with Ines Varga denouncing it as “a fantasy” at a rally.',
      ),
    ).toEqual([['Ines Varga', 'high']])
  })

  it('still take the earlier verb’s speaker after a comma', () => {
    expect(speakers('Ines Varga spoke first, calling the plan “a fantasy” at a rally.')).toEqual([
      ['Ines Varga', 'high'],
    ])
  })
})

describe('according to an outlet', () => {
  it('credits the person who said the words, not the outlet that reports them', () => {
    expect(
      speakers('Harbour master Ines Varga said “the hull split in two,” according to DW.'),
    ).toEqual([['Ines Varga', 'high']])
  })

  it('still credits the source when nobody in the sentence speaks', () => {
    expect(speakers('The hull “split in two,” according to the coast guard.')).toEqual([
      ['the coast guard', 'low'],
    ])
  })
})

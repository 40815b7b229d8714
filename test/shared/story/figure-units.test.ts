import { describe, expect, it } from 'vitest'
import { appositionAt, thingOf } from '../../../shared/story/figure-units'
import { extractFigures } from '../../../shared/story/figures'
import { storyArticleFromText } from '../../../shared/story/story-article'
import { tokenize } from '../../../shared/story/story-words'
import { conflictingTopics } from './made-up-articles'

function read(text: string) {
  const article = storyArticleFromText({ id: 'a' }, text)
  return extractFigures(article.text, article.sentences)
}

const conflicts = conflictingTopics

describe('gluedLength: the length of a thing, written as an adjective', () => {
  it('reads "N-foot" as feet, like "N-feet" and "N-ft"', () => {
    const found = read('Divers reached the 40-foot barge. Then the 40-ft barge sank.')
    expect(found.map((figure) => [figure.topic, figure.value.unit])).toEqual([
      ['length:barge', 'km'],
      ['length:barge', 'km'],
    ])
    expect(found[0]?.value.value).toBeCloseTo(0.012192, 6)
  })

  it('names the thing by the apposition after the noun', () => {
    const [figure] = read('Rescuers towed the 18-metre trawler, the Kestrel, to port.')
    expect(figure).toMatchObject({ topic: 'length:kestrel', about: 'length of Kestrel' })
  })

  it('sets one vessel’s length in feet against another outlet’s, named either way', () => {
    expect(
      conflicts(
        'Salvage crews lifted the 33-foot (10-meter) Marlin from the harbour.',
        'Salvage crews lifted the 30-foot yacht, the Marlin, from the harbour.',
      ),
    ).toEqual(['length of Marlin'])
  })

  it('never sets the lengths of differently named things against each other', () => {
    expect(
      conflicts(
        'The 33-foot Marlin sank beside the pier.',
        'The 60-foot Osprey sank beside the pier.',
      ),
    ).toEqual([])
  })
})

describe('thingOf', () => {
  it('takes a whole name, else the noun before its verb', () => {
    expect(thingOf(['Ocean', 'Star', 'sank'])).toBe('Ocean Star')
    expect(thingOf(['barge', 'sank'])).toBe('barge')
    expect(thingOf([])).toBe('')
  })

  it('keeps two things that sink alike apart', () => {
    const found = read('The 40-ft barge sank at noon. The 12-metre Sea Lark sank later.')
    expect(found.map((figure) => figure.topic)).toEqual(['length:barge', 'length:sea lark'])
  })
})

describe('appositionAt', () => {
  it('takes a capitalised name closed by punctuation, and nothing else', () => {
    const words = (text: string) => tokenize(text)
    expect(appositionAt(words(', the Kestrel, sailed'), 0)).toBe('Kestrel')
    expect(appositionAt(words(', Kestrel.'), 0)).toBe('Kestrel')
    expect(appositionAt(words(', Reuters reported'), 0)).toBeNull()
    expect(appositionAt(words(', the crew said'), 0)).toBeNull()
    expect(appositionAt(words(' and the Kestrel,'), 0)).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import { enumeratedPart } from '../../../shared/story/enumerated-parts'
import { extractFigures } from '../../../shared/story/figures'
import { storyArticleFromText } from '../../../shared/story/story-article'
import { tokenize } from '../../../shared/story/story-words'

/** The part read for the count whose first word is `first` and noun `noun` in `sentence`. */
function partOf(sentence: string, first: string, noun: string): string | null {
  const tokens = tokenize(sentence)
  const start = tokens.findIndex((token) => token.text === first)
  const head = tokens.findIndex((token, at) => at > start && token.text === noun)
  return enumeratedPart(tokens, start, head)
}

describe('enumeratedPart', () => {
  it('reads each count of an enumeration of parts as that part', () => {
    const sentence = 'The mayor was convicted on five charges of bribery and 2 charges of perjury.'
    expect(partOf(sentence, 'five', 'charges')).toBe('of bribery')
    expect(partOf(sentence, '2', 'charges')).toBe('of perjury')
    expect(partOf('She admitted six counts of theft, two counts of arson.', 'six', 'counts')).toBe(
      'of theft',
    )
  })

  it('reads a count that stands alone, or a list of other nouns, as no part', () => {
    expect(
      partOf('He was convicted on seven counts of fraud and conspiracy.', 'seven', 'counts'),
    ).toBeNull()
    expect(partOf('Police seized 40 kilos of cocaine and 3 guns of his.', '3', 'guns')).toBeNull()
    expect(partOf('They filed nine counts.', 'nine', 'counts')).toBeNull()
  })
})

describe('extractFigures: parts of a total', () => {
  it('scopes a part so it is never compared with the whole', () => {
    const article = storyArticleFromText(
      { id: 'a' },
      'The jury found him guilty on five charges of bribery and two charges of perjury. He faced seven charges in all.',
    )
    const found = extractFigures(article.text, article.sentences)
    expect(found.map((figure) => [figure.text, figure.scope.part])).toEqual([
      ['five charges', 'of bribery'],
      ['two charges', 'of perjury'],
      ['seven charges', undefined],
    ])
  })
})

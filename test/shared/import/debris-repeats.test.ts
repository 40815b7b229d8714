import { describe, expect, it } from 'vitest'
import {
  blockCopy,
  findRepeatedBlocks,
  pageTitleKey,
  repeatKey,
} from '../../../shared/import/debris-repeats'

describe('repeatKey', () => {
  it('reads a block the same whatever its quotes, case and white space', () => {
    expect(repeatKey('The mayor said crews ‘will work all night’ on the dam')).toBe(
      repeatKey("The mayor said crews 'will work  all night' on the dam"),
    )
  })

  it.each([
    ['fewer than five words', 'Flames over the harbour'],
    ['capitals only', 'FERRY FARES TO RISE AGAIN IN MAY'],
    ['a paragraph too long to be a caption', `The council met. ${'It talked. '.repeat(40)}`],
  ])('gives no key to %s', (_what, text) => {
    expect(repeatKey(text.trim())).toBeUndefined()
  })
})

describe('pageTitleKey', () => {
  it('reads the headline in a page title that ends in the site’s name', () => {
    const headline = 'Ferry fares to rise again in May'
    expect(pageTitleKey(`${headline} – Harbour Daily`)).toBe(repeatKey(headline))
    expect(pageTitleKey(`${headline} | examplenews.com`)).toBe(repeatKey(headline))
  })

  it.each([
    'Ferry fares to rise again in May',
    'Fares will rise – and soon, the operator said',
    'Fares rise – the operator blames fuel costs for the third increase this year',
  ])('finds no site name in “%s”', (text) => {
    expect(pageTitleKey(text)).toBeUndefined()
  })
})

describe('findRepeatedBlocks', () => {
  const copies = (texts: readonly string[], headline = 0) =>
    [...findRepeatedBlocks(texts.map(blockCopy), headline)].map(([position, piece]) => [
      position,
      piece.kind,
    ])

  it('flags every copy after the first of a block printed again', () => {
    const caption = 'Flames rise over the harbour on Monday, Aug. 7'
    expect(copies(['Storm hits coast', caption, caption, 'Rain fell.', caption])).toEqual([
      [2, 'repeated-text'],
      [4, 'repeated-text'],
    ])
  })

  it('flags a page title, before or after the headline it holds', () => {
    const headline = 'Ferry fares to rise again in May'
    expect(copies([`${headline} – Harbour Daily`, headline])).toEqual([[0, 'repeated-text']])
    expect(copies([headline, `${headline} – Harbour Daily`])).toEqual([[1, 'repeated-text']])
  })

  it('leaves the headline printed again below it alone', () => {
    const headline = 'Ferry fares to rise again in May'
    expect(copies([headline, headline])).toEqual([])
  })

  it('leaves blocks that only share words alone', () => {
    expect(
      copies([
        'Storm hits coast',
        'The ferry was cancelled on Monday, the operator said.',
        'The ferry was cancelled on Tuesday, the operator said.',
      ]),
    ).toEqual([])
  })
})

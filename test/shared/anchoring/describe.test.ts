import { describe, expect, it } from 'vitest'
import { anchor } from '../../../shared/anchoring/anchor'
import { describe as describeSpan } from '../../../shared/anchoring/describe'
import { CONTEXT_LENGTH, checkSelectors } from '../../../shared/anchoring/selectors'
import { loadSeeds, render, sentencesOf } from './articles'

describe('describe', () => {
  const text = 'a'.repeat(40) + 'QUOTE' + 'z'.repeat(40)

  it('produces W3C TextPositionSelector and TextQuoteSelector JSON', () => {
    const selectors = describeSpan(text, 40, 45)
    expect(JSON.parse(JSON.stringify(selectors))).toEqual({
      position: { type: 'TextPositionSelector', start: 40, end: 45 },
      quote: {
        type: 'TextQuoteSelector',
        exact: 'QUOTE',
        prefix: 'a'.repeat(32),
        suffix: 'z'.repeat(32),
      },
    })
    expect(Object.keys(selectors.position).sort()).toEqual(['end', 'start', 'type'])
    expect(Object.keys(selectors.quote).sort()).toEqual(['exact', 'prefix', 'suffix', 'type'])
  })

  it('keeps 32 characters of context, fewer at the edges of the text', () => {
    expect(CONTEXT_LENGTH).toBe(32)
    expect(describeSpan('Hello, world.', 0, 5).quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'Hello',
      prefix: '',
      suffix: ', world.',
    })
    expect(describeSpan('Hello, world.', 7, 13).quote).toMatchObject({
      prefix: 'Hello, ',
      suffix: '',
    })
    expect(describeSpan(text, 0, text.length).quote).toMatchObject({ prefix: '', suffix: '' })
  })

  it.each([
    [-1, 3, 'describe: span [-1, 3) lies outside the text [0, 85]'],
    [80, 86, 'describe: span [80, 86) lies outside the text [0, 85]'],
    [10, 5, 'describe: span is inverted, start 10 is after end 5'],
    [5, 5, 'describe: span [5, 5) is empty'],
    [1.5, 3, 'describe: offsets must be integers, got start 1.5 and end 3'],
    [Number.NaN, 3, 'describe: offsets must be integers, got start NaN and end 3'],
  ])('throws a RangeError for start %s and end %s', (start, end, message) => {
    expect(() => describeSpan(text, start, end)).toThrow(RangeError)
    expect(() => describeSpan(text, start, end)).toThrow(message)
  })

  it('round-trips every sentence of every seed through JSON on unchanged text', () => {
    let count = 0
    for (const article of loadSeeds()) {
      const { text: plain, spans } = render(article)
      for (const sentence of sentencesOf(article)) {
        const { start, end } = spans.get(sentence.id)!
        const stored = JSON.parse(JSON.stringify(describeSpan(plain, start, end)))
        expect(checkSelectors(stored)).not.toBeNull()
        expect(anchor(plain, stored)).toEqual({
          status: 'anchored',
          start,
          end,
          method: 'position',
        })
        count += 1
      }
    }
    expect(count).toBe(253)
  })
})

describe('checkSelectors', () => {
  const valid = describeSpan('The minister said so.', 4, 12)

  it('returns the fields of well-formed selectors', () => {
    expect(checkSelectors(valid)).toEqual({
      start: 4,
      end: 12,
      exact: 'minister',
      prefix: 'The ',
      suffix: ' said so.',
    })
  })

  it.each([
    ['null', null],
    ['a string', 'minister'],
    ['no quote', { position: valid.position }],
    ['a wrong position type', { ...valid, position: { ...valid.position, type: 'Position' } }],
    ['a wrong quote type', { ...valid, quote: { ...valid.quote, type: 'TextQuote' } }],
    ['a negative start', { ...valid, position: { ...valid.position, start: -4, end: 4 } }],
    ['an inverted span', { ...valid, position: { ...valid.position, start: 12, end: 4 } }],
    ['a fractional offset', { ...valid, position: { ...valid.position, start: 4.5 } }],
    ['a string offset', { ...valid, position: { ...valid.position, start: '4' } }],
    ['a length unlike the quote', { ...valid, position: { ...valid.position, end: 13 } }],
    ['a non-string exact', { ...valid, quote: { ...valid.quote, exact: 8 } }],
    ['an empty exact', { ...valid, quote: { ...valid.quote, exact: '' } }],
    ['a missing prefix', { ...valid, quote: { ...valid.quote, prefix: undefined } }],
  ])('rejects %s', (_name, value) => {
    expect(checkSelectors(value)).toBeNull()
  })
})

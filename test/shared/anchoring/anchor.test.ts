import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { anchor, type AnchorResult, type TextSpan } from '../../../shared/anchoring/anchor'
import { describe as describeSpan } from '../../../shared/anchoring/describe'
import type { TextSelectors } from '../../../shared/anchoring/selectors'

const first = 'The minister announced a new budget for rural schools on Tuesday.'
const second = '“We will not raise taxes on working families,” she told reporters.'
const third = 'Opposition leaders called the plan a gimmick ahead of the election.'
const article = [first, second, third].join(' ')

/** Selectors for the first occurrence of `quote` in `text`. */
function selectorsFor(text: string, quote: string): TextSelectors {
  const start = text.indexOf(quote)
  if (start === -1) throw new Error(`selectorsFor: ${JSON.stringify(quote)} is not in the text`)
  return describeSpan(text, start, start + quote.length)
}

/** The span of the first occurrence of `quote` in `text`. */
function spanOf(text: string, quote: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(quote, from)
  return { start, end: start + quote.length }
}

describe('anchor: exact matches', () => {
  it('anchors by position on unchanged text', () => {
    expect(anchor(article, selectorsFor(article, second))).toEqual({
      status: 'anchored',
      ...spanOf(article, second),
      method: 'position',
    })
  })

  it('anchors by quote when the text before it changed', () => {
    const edited = 'Breaking news. ' + article
    expect(anchor(edited, selectorsFor(article, second))).toEqual({
      status: 'anchored',
      ...spanOf(edited, second),
      method: 'quote',
    })
  })

  it('finds the quote when the text shrank below the stored offsets', () => {
    const selectors = selectorsFor(article, third)
    const edited = third
    expect(anchor(edited, selectors)).toEqual({
      status: 'anchored',
      start: 0,
      end: third.length,
      method: 'quote',
    })
  })

  it('prefers the occurrence whose context matches over the one nearer the old position', () => {
    const yes =
      '“We will win the vote on the budget tomorrow,” he said. The crowd cheered loudly at once.'
    const no =
      '“We have lost the argument on taxes, sadly,” he said. The room fell silent for a while.'
    const text = `${yes}\n\n${no}`
    const selectors = selectorsFor(text, no.slice(no.indexOf('he said.')))
    const quoted = describeSpan(text, selectors.position.start, selectors.position.start + 8)
    const edited = `${no}\n\n${yes}`
    expect(anchor(edited, quoted)).toEqual({
      status: 'anchored',
      ...spanOf(edited, 'he said.'),
      method: 'quote',
    })
  })

  it('reports ambiguity when two occurrences share their whole context', () => {
    const paragraph =
      '“We will appeal the ruling next week,” he said. The hearing resumes on Monday morning.'
    const text = [paragraph, paragraph].join('\n\n')
    const selectors = selectorsFor(text, 'he said.')
    expect(anchor(text, selectors)).toMatchObject({ status: 'anchored', method: 'position' })
    const edited = 'Update. ' + text
    expect(anchor(edited, selectors)).toEqual({
      status: 'ambiguous',
      candidates: [spanOf(edited, 'he said.'), spanOf(edited, 'he said.', 60)],
    })
  })

  it('orphans a short quote whose only occurrence has lost its context', () => {
    const text = `${first} The ministry said in a statement. ${third}`
    const selectors = selectorsFor(text, 'said in a statement.')
    const edited = `${second} Police said in a statement. Nothing else happened today at all.`
    expect(anchor(edited, selectors)).toEqual({ status: 'orphan' })
  })
})

describe('anchor: changed quotes', () => {
  it.each([
    ['a typo', second.replace('reporters', 'reproters')],
    ['an inserted "not"', first.replace('announced', 'did not announce')],
    ['straightened quotes', second.replace(/[“”]/g, '"')],
    ['a changed number', first.replace('Tuesday', 'Wednesday')],
  ])('flags %s with the text found', (_name, replacement) => {
    const original = replacement.includes('minister') ? first : second
    const edited = article.replace(original, replacement)
    expect(anchor(edited, selectorsFor(article, original))).toEqual({
      status: 'changed',
      ...spanOf(edited, replacement),
      found: replacement,
    })
  })

  it('flags NFD text in place of NFC text', () => {
    const accented = 'The café owner, Zoë Brontë, refused to comment on the decision.'
    const text = `${first} ${accented} ${third}`
    const decomposed = accented.normalize('NFD')
    const edited = text.replace(accented, decomposed)
    expect(anchor(edited, selectorsFor(text, accented))).toEqual({
      status: 'changed',
      ...spanOf(edited, decomposed),
      found: decomposed,
    })
  })

  it('places an edited sentence where it was, not on an unedited copy elsewhere', () => {
    const text = `${first} ${second}\n\nLater that day:\n\n${third} ${first}`
    const selectors = selectorsFor(text, first)
    const typo = first.replace('budget', 'budegt')
    const edited = text.replace(first, typo)
    expect(anchor(edited, selectors)).toEqual({
      status: 'changed',
      ...spanOf(edited, typo),
      found: typo,
    })
  })

  it('places an edited sentence where it was, not on a closer look-alike elsewhere', () => {
    const tagged = 'We know every route.'
    const text = `They know how I stand. ${tagged} We know their front door.\n\nHe added: “but we know every route.”`
    const typo = 'We know evrey route.'
    const edited = text.replace(tagged, typo)
    expect(anchor(edited, selectorsFor(text, tagged))).toEqual({
      status: 'changed',
      ...spanOf(edited, typo),
      found: typo,
    })
  })

  it('flags a long edited sentence whose neighbours were rewritten too', () => {
    const typo = second.replace('families', 'famlies')
    const edited = `Officials gave no details at all. ${typo} Nobody else said a word either.`
    expect(anchor(edited, selectorsFor(article, second))).toEqual({
      status: 'changed',
      ...spanOf(edited, typo),
      found: typo,
    })
  })

  it('snaps a changed quote to the whole sentence when its first word was rewritten', () => {
    const rewritten = second.replace('“We will not', '“Officials will never')
    const edited = article.replace(second, rewritten)
    expect(anchor(edited, selectorsFor(article, second))).toEqual({
      status: 'changed',
      ...spanOf(edited, rewritten),
      found: rewritten,
    })
  })
})

describe('anchor: orphans', () => {
  it('orphans a deleted sentence', () => {
    expect(anchor(`${first} ${third}`, selectorsFor(article, second))).toEqual({ status: 'orphan' })
  })

  it('orphans a sentence rewritten beyond recognition', () => {
    const rewritten = '“Families will see lower bills next spring,” a spokesman told us.'
    expect(anchor(article.replace(second, rewritten), selectorsFor(article, second))).toEqual({
      status: 'orphan',
    })
  })

  it('orphans every tag of an emptied text', () => {
    expect(anchor('', selectorsFor(article, second))).toEqual({ status: 'orphan' })
  })

  const valid = selectorsFor(article, second)
  it.each([
    ['null', null],
    ['an empty object', {}],
    ['a negative start', { ...valid, position: { ...valid.position, start: -5 } }],
    ['an offset of NaN', { ...valid, position: { ...valid.position, end: Number.NaN } }],
    ['an infinite offset', { ...valid, position: { ...valid.position, end: Infinity } }],
    ['inverted offsets', { ...valid, position: { ...valid.position, start: 200, end: 100 } }],
    ['a non-string exact', { ...valid, quote: { ...valid.quote, exact: null } }],
    ['a quote unlike the span', { ...valid, quote: { ...valid.quote, exact: 'she told' } }],
  ])('orphans malformed selectors (%s) without throwing', (_name, selectors) => {
    expect(anchor(article, selectors as unknown as TextSelectors)).toEqual({ status: 'orphan' })
  })
})

/** Whether a result's offsets all lie inside a text of `length` characters. */
function inBounds(result: AnchorResult, length: number): boolean {
  let spans: TextSpan[] = []
  if (result.status === 'ambiguous') spans = result.candidates
  else if (result.status !== 'orphan') spans = [result]
  return spans.every((span) => 0 <= span.start && span.start < span.end && span.end <= length)
}

describe('anchor: properties', () => {
  const texts = fc.oneof(
    fc.string({ unit: fc.constantFrom('a', 'b', ' ', '.'), minLength: 1, maxLength: 120 }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 }),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 300 }),
  )
  const textAndSpan = texts.chain((text) =>
    fc
      .tuple(fc.nat({ max: text.length - 1 }), fc.nat({ max: text.length - 1 }))
      .map(([left, right]) => {
        const start = Math.min(left, right)
        return { text, start, end: Math.max(left, right) + 1 }
      }),
  )

  it('finds every span of an unchanged text where it was described', () => {
    fc.assert(
      fc.property(textAndSpan, ({ text, start, end }) => {
        const result = anchor(text, describeSpan(text, start, end))
        if (result.status === 'ambiguous') {
          const exact = text.slice(start, end)
          expect(text.indexOf(exact)).not.toBe(text.lastIndexOf(exact))
          expect(result.candidates).toContainEqual({ start, end })
        } else {
          expect(result).toEqual({ status: 'anchored', start, end, method: 'position' })
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('follows a span when text is inserted before it, unless the quote repeats', () => {
    const insertion = fc.string({ minLength: 1, maxLength: 40 })
    fc.assert(
      fc.property(textAndSpan, insertion, fc.nat(), ({ text, start, end }, inserted, seed) => {
        const at = seed % (start + 1)
        const edited = text.slice(0, at) + inserted + text.slice(at)
        const result = anchor(edited, describeSpan(text, start, end))
        const exact = text.slice(start, end)
        expect(inBounds(result, edited.length)).toBe(true)
        if (result.status === 'anchored') expect(edited.slice(result.start, result.end)).toBe(exact)
        const unique = edited.indexOf(exact) === edited.lastIndexOf(exact)
        if (unique && exact.length >= 32) {
          expect(result).toMatchObject({ status: 'anchored', start: start + inserted.length })
        }
      }),
      { numRuns: 1000 },
    )
  })

  it('never throws and never reports offsets outside the text, whatever the selectors', () => {
    const selectors = fc.oneof(
      fc.anything(),
      fc.record({
        position: fc.record({
          type: fc.constant('TextPositionSelector'),
          start: fc.oneof(fc.integer(), fc.double()),
          end: fc.oneof(fc.integer(), fc.double()),
        }),
        quote: fc.record({
          type: fc.constant('TextQuoteSelector'),
          exact: fc.oneof(fc.string(), fc.anything()),
          prefix: fc.string(),
          suffix: fc.string(),
        }),
      }),
    )
    const described = textAndSpan.map(({ text, start, end }) => describeSpan(text, start, end))
    fc.assert(
      fc.property(texts, fc.oneof(selectors, described), (text, value) => {
        const result = anchor(text, value as TextSelectors)
        expect(['anchored', 'changed', 'ambiguous', 'orphan']).toContain(result.status)
        expect(inBounds(result, text.length)).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })
})

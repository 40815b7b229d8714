import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  prefixSimilarity,
  snapEnd,
  snapStart,
  suffixSimilarity,
} from '../../../shared/anchoring/context'
import { findApproximate } from '../../../shared/anchoring/fuzzy'
import { editDistance } from '../../../shared/anchoring/similarity'

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['“quoted”', '"quoted"', 2],
    ['café', 'cafe\u0301', 2],
  ])('from %j to %j is %i', (left, right, distance) => {
    expect(editDistance(left, right)).toBe(distance)
  })

  it('is a metric: symmetric, zero only on equal strings, and bounded by the longer length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (left, right) => {
        const distance = editDistance(left, right)
        expect(editDistance(right, left)).toBe(distance)
        expect(distance === 0).toBe(left === right)
        expect(distance).toBeLessThanOrEqual(Math.max(left.length, right.length))
      }),
    )
  })
})

describe('findApproximate', () => {
  it('returns the best match of each neighbourhood, not only the best of the text', () => {
    const tagged = 'We know evrey route.'
    const text = `They know how I stand. ${tagged} We know their front door. He added: “we know every route.”`
    const matches = findApproximate(text, 'We know every route.', 7)
    expect(matches).toContainEqual({
      start: text.indexOf(tagged),
      end: text.indexOf(tagged) + tagged.length,
      errors: 2,
    })
    expect(matches.some((match) => match.errors === 1)).toBe(true)
  })

  it('finds nothing beyond the error budget, and nothing for an empty pattern or text', () => {
    expect(findApproximate('completely different words', 'We know every route.', 3)).toEqual([])
    expect(findApproximate('text', '', 3)).toEqual([])
    expect(findApproximate('', 'pattern', 3)).toEqual([])
  })

  it('finds a pattern planted anywhere in a long text, with its errors', () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(400)
    const pattern = 'The committee approved the harbour budget on Friday.'
    const planted = 'The comittee approved the harbour budget on Friday.'
    fc.assert(
      fc.property(fc.nat({ max: filler.length }), (at) => {
        const text = filler.slice(0, at) + planted + filler.slice(at)
        expect(findApproximate(text, pattern, 10)).toContainEqual({
          start: at,
          end: at + planted.length,
          errors: 1,
        })
      }),
      { numRuns: 200 },
    )
  })
})

describe('context comparison', () => {
  const text = 'First sentence here.\n\nThe tagged sentence. And what follows it, at length.'
  const start = text.indexOf('The tagged')
  const end = start + 'The tagged sentence.'.length

  it('scores an unchanged context 1 and ignores changes of whitespace', () => {
    const prefix = text.slice(0, start)
    const suffix = text.slice(end, end + 32)
    expect(prefixSimilarity(text, start, prefix)).toBe(1)
    expect(suffixSimilarity(text, end, suffix)).toBe(1)
    const respaced = text.replace('\n\n', '\r\n \r\n').replace('. And', '.   And')
    const shift = 3
    expect(prefixSimilarity(respaced, start + shift, prefix)).toBe(1)
    expect(suffixSimilarity(respaced, end + shift, suffix)).toBe(1)
  })

  it('counts text beyond a side that was cut short by the edge of the text as different', () => {
    expect(prefixSimilarity(text, 0, '')).toBe(1)
    expect(prefixSimilarity(text, start, '')).toBe(0)
    expect(suffixSimilarity(text, text.length, '')).toBe(1)
    expect(suffixSimilarity(`${text} More.`, text.length, '')).toBe(0)
  })

  it('snaps bounds to where the stored context ends and begins', () => {
    const prefix = text.slice(0, start)
    const suffix = text.slice(end, end + 32)
    expect(snapStart(text, start + 3, prefix, 5, 2)).toBe(start)
    expect(snapEnd(text, end - 4, suffix, 5, 2)).toBe(end)
    expect(snapStart(text, start + 20, prefix, 5, 2)).toBeNull()
    expect(snapEnd(text, text.length - 2, '', 5, 2)).toBe(text.length)
  })
})

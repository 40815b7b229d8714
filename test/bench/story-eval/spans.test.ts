import { describe, expect, it } from 'vitest'
import {
  bestMatch,
  coveredLength,
  mostlyCovered,
  overlapLength,
  sameSpot,
  touches,
} from '../../../bench/story-eval/spans'

const span = (start: number, end: number, file = 'A') => ({ file, start, end })

describe('spans', () => {
  it('measures the overlap of spans of the same article only', () => {
    expect(overlapLength(span(0, 10), span(5, 20))).toBe(5)
    expect(overlapLength(span(0, 10), span(10, 20))).toBe(0)
    expect(overlapLength(span(0, 10), span(5, 20, 'B'))).toBe(0)
    expect(touches(span(0, 10), span(9, 12))).toBe(true)
    expect(touches(span(0, 10), span(10, 12))).toBe(false)
  })

  it('takes two spans for the same spot when they share half of the shorter', () => {
    expect(sameSpot(span(10, 12), span(0, 40))).toBe(true)
    expect(sameSpot(span(0, 10), span(5, 30))).toBe(true)
    expect(sameSpot(span(0, 10), span(6, 30))).toBe(false)
    expect(sameSpot(span(0, 0), span(0, 10))).toBe(false)
  })

  it('counts covered characters once when covers overlap', () => {
    expect(coveredLength(span(0, 10), [span(0, 4), span(2, 6), span(8, 20)])).toBe(8)
    expect(mostlyCovered(span(0, 10), [span(0, 5)])).toBe(true)
    expect(mostlyCovered(span(0, 10), [span(0, 4)])).toBe(false)
  })

  it('picks the candidate sharing the most characters', () => {
    const candidates = [span(0, 6), span(4, 30), span(50, 60)]
    expect(bestMatch(span(3, 12), candidates)).toBe(candidates[1])
    expect(bestMatch(span(40, 45), candidates)).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import { parseEvalArgs } from '../../../bench/story-eval/eval-args'

describe('parseEvalArgs', () => {
  it('runs every event of every split by default', () => {
    expect(parseEvalArgs([])).toEqual({ split: 'all', json: false, verbose: false, events: [] })
  })

  it('reads the split, events, JSON and verbose flags in either form', () => {
    expect(
      parseEvalArgs(['--split', 'tuned', '--event', 'a', '--event=b', '--json', '--verbose']),
    ).toEqual({ split: 'tuned', json: true, verbose: true, events: ['a', 'b'] })
    expect(parseEvalArgs(['--split=held-out']).split).toBe('heldout')
  })

  it('refuses an unknown split, a missing value and an unknown flag', () => {
    expect(() => parseEvalArgs(['--split', 'mine'])).toThrow(/--split takes/)
    expect(() => parseEvalArgs(['--event'])).toThrow(/--event needs a value/)
    expect(() => parseEvalArgs(['--fast'])).toThrow(/unknown option/)
  })
})

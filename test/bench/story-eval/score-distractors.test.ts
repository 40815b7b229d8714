import { describe, expect, it } from 'vitest'
import { scoreDistractors } from '../../../bench/story-eval/score-distractors'
import { at, emptyOutput, suggestion, truth } from './story-eval-fixtures'

const crash = (conflictsWith: string[]) => ({
  ...at('B.txt', 'crash killed 4'),
  text: 'crash killed 4',
  conflictsWith,
})

describe('scoreDistractors', () => {
  it('counts a distractor left alone, even in a topic without conflict', () => {
    const output = {
      ...emptyOutput(),
      numbers: [{ about: 'killed', conflict: false, values: [crash([])] }],
      suggestions: [suggestion('claim', 'B.txt', 'A bus crash killed 4.')],
    }
    expect(scoreDistractors(truth(), output).recall).toEqual({ right: 1, total: 1 })
  })

  it('counts a distractor set in a conflict or under a disputed suggestion as flagged', () => {
    const inConflict = {
      ...emptyOutput(),
      numbers: [{ about: 'killed', conflict: true, values: [crash(['A.txt'])] }],
    }
    const measure = scoreDistractors(truth(), inConflict)
    expect(measure.recall).toEqual({ right: 0, total: 1 })
    expect(measure.missed[0]).toMatch(/another event\) set in a conflict/)
    const disputed = {
      ...emptyOutput(),
      suggestions: [suggestion('disputed', 'B.txt', 'A bus crash killed 4.')],
    }
    expect(scoreDistractors(truth(), disputed).recall).toEqual({ right: 0, total: 1 })
  })

  it('does not blame a distractor for a dispute on a conflicting value in its sentence', () => {
    const labels = truth({
      distractors: [{ file: 'A.txt', text: 'officials said', why: 'not a figure' }],
    })
    const output = {
      ...emptyOutput(),
      suggestions: [suggestion('disputed', 'A.txt', 'The storm killed 12 people, officials said.')],
    }
    expect(scoreDistractors(labels, output).recall).toEqual({ right: 1, total: 1 })
  })
})

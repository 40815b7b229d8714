import { describe, expect, it } from 'vitest'
import { scoreFigureConflicts } from '../../../bench/story-eval/score-figures'
import { at, emptyOutput, truth } from './story-eval-fixtures'

const value = (file: string, words: string, conflictsWith: string[]) => ({
  ...at(file, words),
  text: words,
  conflictsWith,
})

describe('scoreFigureConflicts', () => {
  it('counts a flagged topic setting two values of a labelled conflict against each other as right', () => {
    const output = {
      ...emptyOutput(),
      numbers: [
        {
          about: 'people killed',
          conflict: true,
          values: [value('A.txt', '12', ['B.txt']), value('B.txt', '40', ['A.txt'])],
        },
      ],
    }
    const measure = scoreFigureConflicts(truth(), output)
    expect(measure.precision).toEqual({ right: 1, total: 1 })
    expect(measure.recall).toEqual({ right: 1, total: 1 })
  })

  it('counts a topic that sets a distractor against the figure as wrong, and the conflict as missed', () => {
    const output = {
      ...emptyOutput(),
      numbers: [
        {
          about: 'people killed',
          conflict: true,
          values: [value('A.txt', '12', ['B.txt']), value('B.txt', 'crash killed 4', ['A.txt'])],
        },
      ],
    }
    const measure = scoreFigureConflicts(truth(), output)
    expect(measure.precision).toEqual({ right: 0, total: 1 })
    expect(measure.wrong[0]).toMatch(/distractor: another event/)
    expect(measure.recall).toEqual({ right: 0, total: 1 })
  })

  it('counts a flag on a figure labelled without conflict as wrong, and ignores unflagged topics', () => {
    const labels = truth()
    const agreed = {
      ...labels,
      figures: labels.figures.map((figure) => ({ ...figure, conflict: false })),
    }
    const values = [value('A.txt', '12', ['B.txt']), value('B.txt', '40', ['A.txt'])]
    const flagged = { ...emptyOutput(), numbers: [{ about: 'killed', conflict: true, values }] }
    expect(scoreFigureConflicts(agreed, flagged).precision).toEqual({ right: 0, total: 1 })
    const quiet = { ...emptyOutput(), numbers: [{ about: 'killed', conflict: false, values }] }
    expect(scoreFigureConflicts(agreed, quiet).precision).toEqual({ right: 0, total: 0 })
    expect(scoreFigureConflicts(agreed, quiet).recall).toEqual({ right: 0, total: 0 })
  })
})

import { describe, expect, it } from 'vitest'
import { scoreEvent } from '../../../bench/story-eval/score-event'
import { formatTargets } from '../../../bench/story-eval/targets'
import { emptyOutput, suggestion, truth } from './story-eval-fixtures'

describe('formatTargets', () => {
  it('marks each target met or missed, and leaves out what was not counted', () => {
    const output = {
      ...emptyOutput(),
      suggestions: [
        suggestion('disputed', 'A.txt', 'The storm killed 12 people, officials said.'),
        suggestion('disputed', 'B.txt', 'A bus crash killed 4.'),
      ],
      debris: [{ ...suggestion('x', 'A.txt', 'Photo: Jo Smith/Agency.'), kind: 'credit' }],
    }
    const line = formatTargets(scoreEvent(truth(), output))
    expect(line).toContain('disputed right 50% (≥ 90%) MISSED')
    expect(line).toContain('debris precision 100% (≥ 90%) ok')
    expect(line).toContain('debris recall 100% (≥ 75%) ok')
    expect(line).toContain('quote groups pure – (≥ 95%);')
    expect(line).toContain('figure and role conflicts found 0% (≥ 80%) MISSED')
  })
})

import { describe, expect, it } from 'vitest'
import { scoreRoleConflicts } from '../../../bench/story-eval/score-roles'
import { at, emptyOutput, truth } from './story-eval-fixtures'

describe('scoreRoleConflicts', () => {
  it('counts a flag on the labelled person as right, by name or by passage', () => {
    const byName = {
      ...emptyOutput(),
      roles: [{ person: 'Ray', conflict: true, values: [] }],
    }
    expect(scoreRoleConflicts(truth(), byName).precision).toEqual({ right: 1, total: 1 })
    expect(scoreRoleConflicts(truth(), byName).recall).toEqual({ right: 1, total: 1 })
    const byPassage = {
      ...emptyOutput(),
      roles: [
        {
          person: 'Thomas R.',
          conflict: true,
          values: [
            { ...at('B.txt', 'Governor Tom Ray'), text: 'Governor Tom Ray', role: 'governor' },
          ],
        },
      ],
    }
    expect(scoreRoleConflicts(truth(), byPassage).precision).toEqual({ right: 1, total: 1 })
  })

  it('counts a flag on anyone else as wrong and the labelled conflict as missed', () => {
    const output = {
      ...emptyOutput(),
      roles: [
        { person: 'Ann Lee', conflict: true, values: [] },
        { person: 'Tom Ray', conflict: false, values: [] },
      ],
    }
    const measure = scoreRoleConflicts(truth(), output)
    expect(measure.precision).toEqual({ right: 0, total: 1 })
    expect(measure.recall).toEqual({ right: 0, total: 1 })
    expect(measure.missed).toEqual(['role conflict not found: Tom Ray'])
  })
})

import { describe, expect, it } from 'vitest'
import { seatConflicts } from '../../../shared/story/role-seat-conflicts'
import { compareRoles } from '../../../shared/story/roles'

const inputs = (...texts: string[]) =>
  texts.map((text, index) => ({ id: String.fromCharCode(97 + index), text }))

describe('seatConflicts', () => {
  it('flags a lawmaker given two states, and calls no one wrong on a tie', () => {
    const [found, ...rest] = seatConflicts(
      inputs(
        'Among the rebels was Rep. Gus Moyer (R-ID), who voted no.',
        'Voting no were Reps. Tom Hale of Utah and Gus Moyer of Nevada.',
      ),
    )
    expect(rest).toEqual([])
    expect(found).toMatchObject({ person: 'Gus Moyer', conflict: true, odd: [] })
    expect(found?.values.map((value) => [value.articleId, value.role])).toEqual([
      ['a', 'from Idaho'],
      ['b', 'from Nevada'],
    ])
  })

  it('calls the minority’s state odd when most articles agree', () => {
    const [found] = seatConflicts(
      inputs(
        'Rep. Gus Moyer (R-Idaho) objected.',
        'Idaho Rep. Gus Moyer objected.',
        'Reps. Gus Moyer of Nevada and Ann Toll of Ohio objected.',
      ),
    )
    expect(found?.odd.map((value) => [value.articleId, value.text])).toEqual([
      ['c', 'Gus Moyer of Nevada'],
    ])
    expect(found?.reason).toBe('Gus Moyer: from Idaho in 2 articles, from Nevada in one article.')
  })

  it('finds nothing when every spelling names the same state, or an article names two', () => {
    expect(
      seatConflicts(
        inputs('Rep. Gus Moyer (R-Calif.) objected.', 'Rep. Gus Moyer of California objected.'),
      ),
    ).toEqual([])
    expect(
      seatConflicts(
        inputs(
          'Rep. Gus Moyer (R-CA) and Sen. Ida Moyer (D-NV) objected.',
          'Rep. Gus Moyer of California objected.',
        ),
      ),
    ).toEqual([])
  })

  it('keeps people of one surname apart by their given names', () => {
    expect(
      seatConflicts(inputs('Rep. Gus Moyer (R-ID) objected.', 'Sen. Ida Moyer (D-NV) objected.')),
    ).toEqual([])
  })

  it('reaches the story view through compareRoles', () => {
    const found = compareRoles(
      inputs('Rep. Gus Moyer (R-ID) objected.', 'Reps. Gus Moyer of Nevada objected.'),
    )
    expect(found.filter((finding) => finding.conflict).map((finding) => finding.person)).toEqual([
      'Gus Moyer',
    ])
  })
})

import { describe, expect, it } from 'vitest'
import { findSeatMentions } from '../../../shared/story/role-seats'

function seats(text: string) {
  return findSeatMentions(text).map((found) => [found.person, found.state, found.text])
}

describe('findSeatMentions', () => {
  it('reads the state marked after a lawmaker’s name, in parentheses or between commas', () => {
    expect(
      seats(
        'The bill came from Rep. Dana Whitfield (D-Ore.) and Sen. Omar Reyes (R-TX). Later Rep. Lena Park, R-N.M., objected.',
      ),
    ).toEqual([
      ['Dana Whitfield', 'Oregon', 'Rep. Dana Whitfield (D-Ore.)'],
      ['Omar Reyes', 'Texas', 'Sen. Omar Reyes (R-TX)'],
      ['Lena Park', 'New Mexico', 'Rep. Lena Park, R-N.M.'],
    ])
  })

  it('reads a state before the title, and a state after "of" among lawmakers', () => {
    expect(
      seats(
        'Iowa GOP Sen. Carl Brandt spoke first. Voting no were Reps. Ines Ruiz of Utah, Tom Hale of West Virginia and Gus Moyer (ID).',
      ),
    ).toEqual([
      ['Carl Brandt', 'Iowa', 'Iowa GOP Sen. Carl Brandt'],
      ['Ines Ruiz', 'Utah', 'Ines Ruiz of Utah'],
      ['Tom Hale', 'West Virginia', 'Tom Hale of West Virginia'],
      ['Gus Moyer', 'Idaho', 'Gus Moyer (ID)'],
    ])
  })

  it('ties nobody to a state without a title or lawmakers near', () => {
    expect(
      seats(
        'A nurse, Ines Ruiz of Utah, said the clinic closed. The University of Oregon shut. Tom Hale (CA) is an accountant.',
      ),
    ).toEqual([])
  })
})

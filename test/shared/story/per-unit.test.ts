import { describe, expect, it } from 'vitest'
import { perUnitAfter } from '../../../shared/story/per-unit'
import { tokenize } from '../../../shared/story/story-words'

/** The unit read after the first token of `after` in "… <figure> <after>". */
function unitAfter(after: string): string | null {
  const tokens = tokenize(`X ${after}`)
  return perUnitAfter(tokens, 1)
}

describe('perUnitAfter', () => {
  it('reads the unit an amount is given per, in its clause', () => {
    expect(unitAfter('per violation, the regulator said.')).toBe('violation')
    expect(unitAfter('plus costs for each breach.')).toBe('breach')
    expect(unitAfter('in damages for every tenant.')).toBe('tenant')
  })

  it('reads no unit past the clause, a number, or where none is named', () => {
    expect(unitAfter('in damages. Per the ruling, he paid.')).toBeNull()
    expect(unitAfter('and 3 per case.')).toBeNull()
    expect(unitAfter('to the fund last year.')).toBeNull()
    expect(unitAfter('per month over the past year.')).toBeNull()
  })
})

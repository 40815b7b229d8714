import { describe, expect, it } from 'vitest'
import { compatible, formatFigure } from '../../../shared/story/figure-value'

describe('figure values: the direction of a change', () => {
  it('reads as the word of its direction', () => {
    expect(formatFigure({ op: '=', value: 1, unit: 'change' })).toBe('rose')
    expect(formatFigure({ op: '=', value: -1, unit: 'change' })).toBe('fell')
  })

  it('agrees only with the same direction', () => {
    const up = { op: '=', value: 1, unit: 'change' } as const
    const down = { op: '=', value: -1, unit: 'change' } as const
    expect(compatible(up, up)).toBe(true)
    expect(compatible(up, down)).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { confusionMatrix } from '../../../shared/review/agreement'

describe('confusionMatrix', () => {
  it('counts units by coder a (rows) and coder b (columns), in the order of the labels', () => {
    const a = ['quote', 'none', 'claim', 'none', 'none', 'disputed']
    const b = ['quote', 'none', 'none', 'none', 'claim', 'disputed']
    expect(confusionMatrix(a, b, ['none', 'quote', 'claim', 'disputed', 'context'])).toEqual({
      labels: ['none', 'quote', 'claim', 'disputed', 'context'],
      counts: [
        [2, 0, 1, 0, 0],
        [0, 1, 0, 0, 0],
        [1, 0, 0, 0, 0],
        [0, 0, 0, 1, 0],
        [0, 0, 0, 0, 0],
      ],
    })
  })

  it('is the transpose when the coders swap sides', () => {
    const a = ['x', 'y', 'y', 'x', 'y']
    const b = ['y', 'y', 'x', 'y', 'y']
    expect(confusionMatrix(a, b, ['x', 'y']).counts).toEqual([
      [0, 2],
      [1, 2],
    ])
    expect(confusionMatrix(b, a, ['x', 'y']).counts).toEqual([
      [0, 1],
      [2, 2],
    ])
  })

  it('leaves out units either coder did not code', () => {
    const { counts } = confusionMatrix(['x', null, 'y', 'x'], ['x', 'y', null, 'y'], ['x', 'y'])
    expect(counts).toEqual([
      [1, 1],
      [0, 0],
    ])
  })

  it('does not keep a reference to the labels given', () => {
    const labels = ['x', 'y']
    const matrix = confusionMatrix(['x'], ['y'], labels)
    labels.push('z')
    expect(matrix.labels).toEqual(['x', 'y'])
  })

  it('throws a precise RangeError on an unknown label, a repeated label or unequal lengths', () => {
    expect(() => confusionMatrix(['x', 'w'], ['x', 'y'], ['x', 'y'])).toThrow(
      "confusionMatrix: coder a's label 'w' for unit 1 is not among the labels [x, y]",
    )
    expect(() => confusionMatrix(['x'], ['x'], ['x', 'y', 'x'])).toThrow(
      "confusionMatrix: label 'x' is listed twice",
    )
    expect(() => confusionMatrix(['x'], [], ['x'])).toThrow(RangeError)
  })
})

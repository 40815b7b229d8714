import { describe, expect, it } from 'vitest'
import { stateNameAt, stateOf } from '../../../shared/story/role-states'

describe('stateOf', () => {
  it('reads names, postal codes and agency abbreviations as one state', () => {
    expect(stateOf('Oregon')).toBe('Oregon')
    expect(stateOf('OR')).toBe('Oregon')
    expect(stateOf('Ore.')).toBe('Oregon')
    expect(stateOf('N.C.')).toBe('North Carolina')
    expect(stateOf('NC')).toBe('North Carolina')
    expect(stateOf('W.Va.')).toBe('West Virginia')
  })

  it('refuses lowercase words and two-letter words that are not codes', () => {
    expect(stateOf('oregon')).toBeNull()
    expect(stateOf('Pa')).toBeNull()
    expect(stateOf('Pa.')).toBe('Pennsylvania')
    expect(stateOf('Springfield')).toBeNull()
  })
})

describe('stateNameAt', () => {
  it('takes the longest state name starting at a word', () => {
    expect(stateNameAt(['West', 'Virginia', 'voters'], 0)).toEqual({
      name: 'West Virginia',
      length: 2,
    })
    expect(stateNameAt(['Virginia', 'voters'], 0)).toEqual({ name: 'Virginia', length: 1 })
    expect(stateNameAt(['New', 'Zealand'], 0)).toBeNull()
  })
})

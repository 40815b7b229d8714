import { describe, expect, it } from 'vitest'
import { claimantType } from '../../../shared/export/claimant-type'

describe('claimantType', () => {
  it.each([
    ['Ministry of Health', 'Organization'],
    ['WHO', 'Organization'],
    ['the Labour Party', 'Organization'],
    ['Acme Inc', 'Organization'],
    ['Claudia Sheinbaum', 'Person'],
    ['Donald Trump', 'Person'],
  ])('takes %s for a %s', (name, type) => {
    expect(claimantType(name)).toBe(type)
  })
})

import { describe, expect, it } from 'vitest'
import { nameWords, sameName } from '../../../bench/story-eval/names'

describe('sameName', () => {
  it('accepts a surname, a full name with a title, and accents left out', () => {
    expect(sameName('Lee', 'Ann Lee')).toBe(true)
    expect(sameName('Mayor Ann Lee', 'Ann Lee')).toBe(true)
    expect(sameName('President Jose Lopez', 'José López')).toBe(true)
    expect(sameName('Lam', 'the city government (for Chief Executive Carrie Lam)')).toBe(true)
  })

  it('accepts names in another order, run together or with a slip of spelling', () => {
    expect(sameName('Okafor Chukwuemeka', 'Chukwu Emeka Okafor')).toBe(true)
    expect(sameName('Mohammad Rahimi', 'Mohammed Rahimi')).toBe(true)
    expect(sameName('Ann Leeson', 'Ann Lee')).toBe(false)
  })

  it('rejects another person, an organisation named after one, and pronouns', () => {
    expect(sameName('Tom Ray', 'Ann Lee')).toBe(false)
    expect(sameName('Lee administration', 'Ann Lee')).toBe(false)
    expect(sameName('he', 'Ann Lee')).toBe(false)
    expect(sameName('Associated Press', 'Ann Lee')).toBe(false)
    expect(sameName('Dan Lee', 'Ann Lee Smith')).toBe(false)
  })

  it('keeps only the words that identify someone', () => {
    expect(nameWords('U.S. President Joe Biden')).toEqual(['joe', 'biden'])
  })
})

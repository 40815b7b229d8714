import { describe, expect, it } from 'vitest'
import { isIsoDate } from '../../../shared/model/iso-date'
import { isoDateSchema } from '../../../shared/model/article'

describe('isIsoDate', () => {
  it('accepts a real day written YYYY-MM-DD', () => {
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate('1999-12-31')).toBe(true)
  })

  it('refuses days that do not exist and other ways of writing a date', () => {
    for (const value of [
      '2023-02-29',
      '2024-04-31',
      '2024-13-01',
      '2024-3-3',
      '3 March 2024',
      '',
    ]) {
      expect(isIsoDate(value), value).toBe(false)
    }
  })

  it('agrees with the article schema, which uses it', () => {
    for (const value of ['2024-02-29', '2023-02-29', '2024-00-10', 'x']) {
      expect(isoDateSchema.safeParse(value).success, value).toBe(isIsoDate(value))
    }
  })
})

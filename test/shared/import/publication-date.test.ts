import { describe, expect, it } from 'vitest'
import { parsePublicationDate } from '../../../shared/import/publication-date'

describe('parsePublicationDate', () => {
  it('reads the ways newsrooms write a date', () => {
    const cases: [string, string][] = [
      ['2024-03-03', '2024-03-03'],
      ['2025-11-17T17:20:00Z', '2025-11-17'],
      ['3 March 2024', '2024-03-03'],
      ['March 3, 2024', '2024-03-03'],
      ['Mar. 3 2024', '2024-03-03'],
      ['Sept 21st, 2023', '2023-09-21'],
      ['Tue 18 Nov 2025 09.00 GMT', '2025-11-18'],
      ['Monday, November 17, 2025', '2025-11-17'],
    ]
    for (const [text, date] of cases) expect(parsePublicationDate(text), text).toBe(date)
  })

  it('refuses dates that do not exist or whose order is not known', () => {
    for (const text of ['2024-02-30', '31 April 2024', '3/3/2024', 'March 2024', 'soon', '']) {
      expect(parsePublicationDate(text), text).toBeNull()
    }
  })
})

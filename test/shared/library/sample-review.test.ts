import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import {
  firstName,
  SAMPLE_REVIEWER_ID,
  sampleReviewLabel,
  sampleReviewOf,
} from '../../../shared/library/sample-review'

const REVIEWS = fileURLToPath(new URL('../../../seeds/reviews/', import.meta.url))

describe('the sample review', () => {
  it('is by the editor whose packages the first run imports', () => {
    const authors = readdirSync(REVIEWS)
      .filter((name) => name.endsWith('.json'))
      .map((name) => JSON.parse(readFileSync(`${REVIEWS}${name}`, 'utf8')).author.id)
    expect(authors.length).toBeGreaterThan(0)
    expect(new Set(authors)).toEqual(new Set([SAMPLE_REVIEWER_ID]))
  })

  it('is found among an article’s per-editor counts and named by first name', () => {
    const sam = { id: SAMPLE_REVIEWER_ID, name: 'Sam Reviewer', count: 11 }
    const ana = { id: 'ana-ruiz', name: 'Ana Ruiz', count: 2 }
    expect(sampleReviewOf({ tagsByEditor: [ana, sam] })).toBe(sam)
    expect(sampleReviewOf({ tagsByEditor: [ana] })).toBeUndefined()
    expect(sampleReviewOf({})).toBeUndefined()
    expect(sampleReviewLabel(sam)).toBe('Sample review by Sam')
    expect(firstName('  Ana  Ruiz ')).toBe('Ana')
  })
})

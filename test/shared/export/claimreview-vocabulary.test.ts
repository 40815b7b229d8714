/**
 * The ClaimReview export checked against the schema.org vocabulary vendored in
 * `test/fixtures/schemaorg/` (see its README): every property of every object is defined on the
 * object's type or one of its parents, and every value lies in the property's range.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { claimReviewExport } from '../../../shared/export/claimreview'
import { placeTags } from '../../../shared/export/placed-tags'
import { reviewedSeed } from './reviewed-seed'

interface Range {
  $ref?: string
  type?: string
  format?: string
  items?: Range
  anyOf?: Range[]
  oneOf?: Range[]
}

interface TypeSchema {
  allOf?: { $ref: string }[]
  properties?: Record<string, Range>
}

const folder = new URL('../../fixtures/schemaorg/', import.meta.url)
const schemas = new Map<string, TypeSchema>()

function schemaOf(type: string): TypeSchema {
  let schema = schemas.get(type)
  if (!schema) {
    schema = JSON.parse(readFileSync(new URL(`${type}.schema.json`, folder), 'utf8')) as TypeSchema
    schemas.set(type, schema)
  }
  return schema
}

/** The type and its parents, nearest first. */
function lineage(type: string): string[] {
  const parents = (schemaOf(type).allOf ?? []).map((parent) => parent.$ref!.replace('schema:', ''))
  return [type, ...parents.flatMap(lineage)]
}

/** The range of `property` on `type` or a parent; undefined when schema.org defines none. */
function rangeOf(type: string, property: string): Range | undefined {
  for (const ancestor of lineage(type)) {
    const range = schemaOf(ancestor).properties?.[property]
    if (range) return range
  }
  return undefined
}

const DATE = /^\d{4}-\d{2}-\d{2}$/
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

/** Problems of `value` against `range`, at `path` ([] when it fits). */
function fits(value: unknown, range: Range, path: string): string[] {
  const alternatives = range.anyOf ?? range.oneOf
  if (alternatives) {
    const results = alternatives.map((alternative) => fits(value, alternative, path))
    return results.some((problems) => problems.length === 0)
      ? []
      : [`${path}: ${JSON.stringify(value)} fits none of ${JSON.stringify(alternatives)}`]
  }
  if (range.$ref) {
    const wanted = range.$ref.replace('schema:', '')
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return [`${path}: expected a ${wanted}`]
    }
    const type = (value as Record<string, unknown>)['@type']
    if (typeof type !== 'string') return [`${path}: a ${wanted} without @type`]
    if (!lineage(type).includes(wanted)) return [`${path}: a ${type} is not a ${wanted}`]
    return check(value as Record<string, unknown>, path)
  }
  switch (range.type) {
    case 'array':
      return Array.isArray(value)
        ? value.flatMap((item, index) => fits(item, range.items ?? {}, `${path}[${index}]`))
        : [`${path}: expected a list`]
    case 'number':
      return typeof value === 'number' ? [] : [`${path}: expected a number`]
    case 'string':
      if (typeof value !== 'string') return [`${path}: expected text`]
      if (range.format === 'date' && !DATE.test(value)) return [`${path}: not a Date`]
      if (range.format === 'date-time' && !DATE_TIME.test(value)) {
        return [`${path}: not a DateTime`]
      }
      if (range.format === 'uri' && !/^https?:\/\/\S+$/.test(value)) return [`${path}: not a URL`]
      return []
    default:
      return [`${path}: a range this test does not know: ${JSON.stringify(range)}`]
  }
}

/** Problems of a schema.org object: unknown properties and values out of range. */
function check(object: Record<string, unknown>, path: string): string[] {
  const type = object['@type']
  if (typeof type !== 'string') return [`${path}: no @type`]
  return Object.entries(object).flatMap(([property, value]) => {
    if (property === '@type' || property === '@context') return []
    const range = rangeOf(type, property)
    if (!range) return [`${path}.${property} is not a property of ${type} or its parents`]
    return fits(value, range, `${path}.${property}`)
  })
}

describe('the ClaimReview export and the schema.org vocabulary', () => {
  it('uses only properties schema.org defines on each type, with values in their ranges', () => {
    const seed = reviewedSeed()
    const article = { ...seed.article, url: 'https://news.example.com/a', published: '2025-11-17' }
    const tagged = placeTags(
      article,
      seed.annotations,
      { editors: [], kinds: [], notes: true },
      seed.reviews,
    )
    const reviews = JSON.parse(
      claimReviewExport(tagged, {
        settings: {
          publisher: { name: 'Desk', url: 'https://desk.example.org/' },
          reviewUrlPattern: 'https://desk.example.org/checks/{id}',
        },
        appearances: new Map([
          [
            's0-tag-03',
            [
              {
                url: 'https://other.example.com/',
                title: 'Other',
                outlet: 'Other',
                published: '2025-11-18',
              },
            ],
          ],
        ]),
      }),
    ) as Record<string, unknown>[]
    expect(reviews.length).toBeGreaterThan(0)
    for (const [index, review] of reviews.entries()) {
      expect(review['@context']).toBe('https://schema.org')
      expect(check(review, `reviews[${index}]`)).toEqual([])
    }
  })

  it('catches a property schema.org does not define, and a value outside its range', () => {
    expect(check({ '@type': 'ClaimReview', verdict: 'False' }, 'x')).toEqual([
      'x.verdict is not a property of ClaimReview or its parents',
    ])
    expect(
      check({ '@type': 'ClaimReview', itemReviewed: { '@type': 'Claim', author: 'Ann' } }, 'x'),
    ).toHaveLength(1)
    expect(check({ '@type': 'Rating', ratingValue: 3, bestRating: 'five' }, 'x')).toEqual([])
    expect(check({ '@type': 'Claim', datePublished: 'yesterday' }, 'x')).toHaveLength(1)
  })
})

import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../../../shared/exchange/canonical-json'
import { ExchangeError } from '../../../shared/exchange/exchange-error'
import {
  createPackage,
  MAX_PACKAGE_CHARS,
  packageChecksum,
  parsePackage,
  type FactmarkPackage,
} from '../../../shared/exchange/package'
import { ANA, ARTICLE_ID, at, review, SAM, tag, TEXT_HASH } from './exchange-fixtures'

function samplePackage(): FactmarkPackage {
  return createPackage(
    SAM,
    [
      {
        articleId: ARTICLE_ID,
        textHash: TEXT_HASH,
        title: 'An article',
        annotations: [tag(SAM, 'one'), tag(SAM, 'two', 3, { kind: 'quote', speaker: 'Trump' })],
        deleted: [{ id: 'sam-reviewer-old', deletedAt: at(5) }],
      },
    ],
    at(10),
  )
}

function refusal(json: string): ExchangeError {
  try {
    parsePackage(json)
  } catch (error) {
    expect(error).toBeInstanceOf(ExchangeError)
    return error as ExchangeError
  }
  throw new Error('the package was accepted')
}

/** Re-checksums a package after a hand edit, as a forger would. */
function resealed(pkg: Record<string, unknown>): string {
  const { checksum: _checksum, ...content } = pkg
  return JSON.stringify({ ...content, checksum: packageChecksum(content as never) })
}

describe('createPackage and parsePackage', () => {
  it('round-trips a package through its JSON text', () => {
    const pkg = samplePackage()
    expect(pkg.format).toBe('factmark-package')
    expect(pkg.version).toBe(3)
    expect(parsePackage(JSON.stringify(pkg, null, 2))).toEqual(pkg)
  })

  it('checksums the canonical JSON, so key order and whitespace do not matter', () => {
    const pkg = samplePackage()
    const { checksum, ...content } = pkg
    expect(checksum).toBe(packageChecksum(content))
    const reordered = JSON.parse(canonicalJson(pkg)) as FactmarkPackage
    expect(parsePackage(JSON.stringify(reordered))).toEqual(pkg)
  })

  it('refuses a package whose content was altered after export as damaged or altered', () => {
    const pkg = samplePackage()
    const text = JSON.stringify(pkg).replace('"kind":"claim"', '"kind":"disputed"')
    const error = refusal(text)
    expect(error.reason).toBe('damaged')
    expect(error.message).toMatch(/damaged or altered/)
  })

  it('refuses a forged package holding another author’s records, even when resealed', () => {
    const pkg = samplePackage() as unknown as { articles: { annotations: unknown[] }[] }
    pkg.articles[0]?.annotations.push(tag(ANA, 'ana-tag'))
    const error = refusal(resealed(pkg as unknown as Record<string, unknown>))
    expect(error.reason).toBe('forged')
    expect(error.message).toBe(
      `The package claims to be by Sam Reviewer (sam-reviewer) but holds records by Ana (ana) (tag ${tag(ANA, 'ana-tag').id}): refused, a package may only carry its author's own tags and reviews.`,
    )
    expect(() =>
      createPackage(SAM, [
        { articleId: ARTICLE_ID, textHash: TEXT_HASH, title: 't', annotations: [tag(ANA, 'x')] },
      ]),
    ).toThrow(/claims to be by Sam Reviewer/)
  })

  it('refuses bad JSON, other files and wrong shapes with a precise message', () => {
    expect(refusal('{"format": ').reason).toBe('not-json')
    expect(refusal('[1,2]').message).toMatch(/not a Factmark package/)
    expect(refusal('{"format":"factmark-package","version":4}').message).toMatch(
      /newer Factmark \(package version 4\); this version reads versions 1 to 3/,
    )
    const wrong = { ...samplePackage(), articles: 'x' }
    const error = refusal(JSON.stringify(wrong))
    expect(error.reason).toBe('invalid')
    expect(error.message).toMatch(/^The package is not valid: articles: /)
  })

  it('refuses a tag filed under another article, an article listed twice, a kept-and-deleted tag', () => {
    const pkg = samplePackage()
    const [article] = pkg.articles
    if (!article) throw new Error('no article')
    const moved = { ...pkg, articles: [{ ...article, articleId: 'fedcba9876543210' }] }
    expect(refusal(resealed(moved)).message).toMatch(/filed under article fedcba9876543210/)
    const twice = { ...pkg, articles: [article, article] }
    expect(refusal(resealed(twice)).message).toMatch(/lists article 0123456789abcdef twice/)
    const both = {
      ...pkg,
      articles: [{ ...article, deleted: [{ id: article.annotations[0]?.id, deletedAt: at(1) }] }],
    }
    expect(refusal(resealed(both)).message).toMatch(/both kept and deleted/)
  })

  it('refuses hostile nesting before parsing and oversized text before reading it', () => {
    const deep = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`
    expect(refusal(deep).reason).toBe('too-deep')
    // Brackets inside strings do not count as nesting.
    const pkg = samplePackage()
    const noted = createPackage(SAM, [
      {
        ...pkg.articles[0]!,
        annotations: [tag(SAM, 'one', 0, { note: '[[[[[[[[[[[[[[[[[[[[[[[[' })],
      },
    ])
    expect(parsePackage(JSON.stringify(noted))).toEqual(noted)
    expect(refusal(' '.repeat(MAX_PACKAGE_CHARS + 1)).reason).toBe('too-large')
  })

  it('refuses __proto__ and constructor keys without polluting any prototype', () => {
    const pkg = JSON.stringify(samplePackage())
    const hostile = [
      pkg.replace('{"format"', '{"__proto__":{"isAdmin":true},"format"'),
      pkg.replace('"author":{', '"author":{"__proto__":{"isAdmin":true},'),
      pkg.replace('"author":{', '"author":{"constructor":{"prototype":{"isAdmin":true}},'),
    ]
    for (const text of hostile) {
      const error = refusal(text)
      expect(error.reason).toBe('invalid')
      expect(error.message).toMatch(/Unrecognized key/)
    }
    expect(({} as { isAdmin?: boolean }).isAdmin).toBeUndefined()
  })
})

describe('package versions and reviews', () => {
  const on = tag(ANA, 'reviewed').id

  it('carries the author’s reviews and their deletions (version 2 and later)', () => {
    const pkg = createPackage(SAM, [
      {
        articleId: ARTICLE_ID,
        textHash: TEXT_HASH,
        title: 'An article',
        annotations: [],
        reviews: [review(SAM, 'ok', on), review(SAM, 'why', on, 'comment', 1, 'Which count?')],
        deletedReviews: [{ id: 'sam-reviewer-r-gone', deletedAt: at(4) }],
      },
    ])
    expect(pkg.version).toBe(3)
    expect(parsePackage(JSON.stringify(pkg))).toEqual(pkg)
  })

  it('still reads a version-1 package (tags only, checksummed as it was written)', () => {
    const content = {
      format: 'factmark-package',
      version: 1,
      author: SAM,
      createdAt: at(10),
      articles: [
        {
          articleId: ARTICLE_ID,
          textHash: TEXT_HASH,
          title: 'Old',
          annotations: [tag(SAM, 'old')],
          deleted: [],
        },
      ],
    }
    const text = JSON.stringify({ ...content, checksum: packageChecksum(content as never) })
    const read = parsePackage(text)
    expect(read.version).toBe(1)
    expect(read.articles[0]).toMatchObject({ reviews: [], deletedReviews: [] })
    expect(read.articles[0]?.annotations).toEqual([tag(SAM, 'old')])
  })

  it('refuses a forged review, a review filed under another article, a kept-and-deleted review', () => {
    const article = { articleId: ARTICLE_ID, textHash: TEXT_HASH, title: 't', annotations: [] }
    expect(() => createPackage(SAM, [{ ...article, reviews: [review(ANA, 'x', on)] }])).toThrow(
      /holds records by Ana \(ana\) \(review ana-r-x0\)/,
    )
    expect(() =>
      createPackage(SAM, [
        { ...article, reviews: [{ ...review(SAM, 'x', on), articleId: 'fedcba9876543210' }] },
      ]),
    ).toThrow(/Review sam-reviewer-r-x is filed under article/)
    const kept = review(SAM, 'x', on)
    expect(() =>
      createPackage(SAM, [
        { ...article, reviews: [kept], deletedReviews: [{ id: kept.id, deletedAt: at(2) }] },
      ]),
    ).toThrow(/both kept and deleted/)
  })
})

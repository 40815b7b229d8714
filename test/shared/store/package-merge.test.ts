import { describe, expect, it } from 'vitest'
import { createPackage } from '../../../shared/exchange/package'
import {
  checkPackageImportable,
  mergePackageArticle,
  skippedArticle,
} from '../../../shared/store/package-merge'
import { ANA, ARTICLE_ID, SAM, TEXT_HASH, at, review, tag } from '../exchange/exchange-fixtures'
import { articleFile } from './store-fixtures'

const NOW = at(40)

function samsPackage(
  tags = [tag(SAM, 'a', 5)],
  reviews = [review(SAM, '1', tag(ANA, 'x').id, 'reject', 6)],
) {
  return createPackage(
    SAM,
    [
      {
        articleId: ARTICLE_ID,
        textHash: TEXT_HASH,
        title: 'Their title',
        annotations: tags,
        deleted: [],
        reviews,
        deletedReviews: [],
      },
    ],
    at(10),
  )
}

describe('mergePackageArticle', () => {
  it('merges the author’s records, reports and audits each change', () => {
    const file = { ...articleFile(), annotations: [tag(ANA, 'x')] }
    const pkg = samsPackage()
    const merge = mergePackageArticle(file, pkg.articles[0]!, pkg, ANA, NOW)
    expect(merge.report).toMatchObject({
      title: file.article.title,
      status: 'merged',
      added: 1,
      textChanged: true,
      reviews: { added: 1 },
    })
    expect(merge.next?.annotations).toHaveLength(2)
    expect(merge.next?.article).toMatchObject({ tagCount: 2, updatedAt: NOW })
    expect(merge.audit).toEqual([
      expect.objectContaining({
        tagId: tag(SAM, 'a').id,
        change: 'added',
        version: at(5),
        actor: ANA,
      }),
      expect.objectContaining({
        tagId: tag(ANA, 'x').id,
        reviewId: review(SAM, '1', '').id,
        change: 'added',
        version: at(6),
        source: { author: SAM, createdAt: at(10), checksum: pkg.checksum },
      }),
    ])
  })

  it('writes nothing and logs nothing when the package is already in', () => {
    const pkg = samsPackage()
    const first = mergePackageArticle(
      { ...articleFile(), annotations: [tag(ANA, 'x')] },
      pkg.articles[0]!,
      pkg,
      ANA,
      NOW,
    )
    const again = mergePackageArticle(first.next!, pkg.articles[0]!, pkg, ANA, at(50))
    expect(again).toMatchObject({ next: null, audit: [], report: { added: 0, unchanged: 1 } })
  })

  it('audits a deletion with its tombstone’s time', () => {
    const pkg = createPackage(
      SAM,
      [
        {
          articleId: ARTICLE_ID,
          textHash: TEXT_HASH,
          title: 't',
          annotations: [],
          deleted: [{ id: tag(SAM, 'a').id, deletedAt: at(20) }],
        },
      ],
      at(21),
    )
    const file = { ...articleFile(), annotations: [tag(SAM, 'a', 5)] }
    const merge = mergePackageArticle(file, pkg.articles[0]!, pkg, null, NOW)
    expect(merge.next?.annotations).toEqual([])
    expect(merge.audit).toEqual([
      expect.objectContaining({ change: 'deleted', version: at(20), actor: null }),
    ])
  })
})

describe('package checks and reports', () => {
  it('refuses the importing editor’s own package', () => {
    expect(() => checkPackageImportable(samsPackage(), SAM.id)).toThrow()
    expect(() => checkPackageImportable(samsPackage(), ANA.id)).not.toThrow()
  })

  it('reports an article the library lacks as skipped, with the package’s title', () => {
    expect(skippedArticle({ articleId: ARTICLE_ID, title: 'Their title' })).toMatchObject({
      status: 'skipped',
      title: 'Their title',
      added: 0,
      reviews: { added: 0, clashes: 0 },
    })
  })
})

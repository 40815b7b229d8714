import { describe, expect, it } from 'vitest'
import { editorShare } from '../../../shared/store/package-share'
import { ANA, SAM, at, review, tag } from '../exchange/exchange-fixtures'
import { articleFile } from './store-fixtures'

describe('editorShare', () => {
  it('takes only the editor’s tags, reviews and deletions', () => {
    const file = {
      ...articleFile(),
      annotations: [tag(ANA, 'a'), tag(SAM, 'b')],
      reviews: [review(SAM, '1', tag(ANA, 'a').id)],
      tombstones: [
        { record: 'tag' as const, authorId: SAM.id, id: 'gone0000', deletedAt: at(3) },
        { record: 'review' as const, authorId: ANA.id, id: 'old00000', deletedAt: at(4) },
      ],
    }
    const { share, empty } = editorShare(file, SAM.id)
    expect(empty).toBe(false)
    expect(share).toMatchObject({
      articleId: file.article.id,
      textHash: file.article.textHash,
      annotations: [tag(SAM, 'b')],
      reviews: file.reviews,
      deleted: [{ id: 'gone0000', deletedAt: at(3) }],
      deletedReviews: [],
    })
  })

  it('is empty for an editor with nothing on the article', () => {
    expect(editorShare({ ...articleFile(), annotations: [tag(ANA, 'a')] }, SAM.id).empty).toBe(true)
  })
})

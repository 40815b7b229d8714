import { describe, expect, it } from 'vitest'
import { parsePlainText } from '../../../shared/import/plain-text'
import { MAX_TAGS_PER_ARTICLE } from '../../../shared/model/store-files'
import { checkEditorWork, withEditorWork } from '../../../shared/store/editor-work'
import { ANA, ARTICLE_ID, SAM, at, review, tag } from '../exchange/exchange-fixtures'
import { articleFile } from './store-fixtures'

const NOW = at(30)

describe('checkEditorWork', () => {
  it('checks reviews before tags, and the body last', () => {
    const work = {
      tags: [tag(SAM, 'a')],
      reviews: [review(SAM, '1', 'x0000000')],
      body: {} as never,
    }
    expect(() => checkEditorWork(work, ARTICLE_ID, ANA)).toThrow(/Review .* belongs to Sam/)
    expect(() => checkEditorWork({ ...work, reviews: undefined }, ARTICLE_ID, ANA)).toThrow(
      /Tag .* belongs to Sam/,
    )
    expect(() => checkEditorWork({ tags: [], body: {} as never }, ARTICLE_ID, ANA)).toThrow(
      /body is not valid/,
    )
  })

  it('gives null reviews and body when the save carries neither', () => {
    expect(checkEditorWork({ tags: [] }, ARTICLE_ID, ANA)).toEqual({
      tags: [],
      reviews: null,
      body: null,
    })
  })
})

describe('withEditorWork', () => {
  it('replaces the editor’s tags, keeps other editors’ and tombstones the dropped ones', () => {
    const file = { ...articleFile(), annotations: [tag(SAM, 's'), tag(ANA, 'old')] }
    const next = withEditorWork(
      file,
      checkEditorWork({ tags: [tag(ANA, 'new')] }, ARTICLE_ID, ANA),
      ANA,
      NOW,
    )
    expect(next.annotations.map((t) => t.id)).toEqual([tag(SAM, 's').id, tag(ANA, 'new').id])
    expect(next.tombstones).toEqual([
      { record: 'tag', authorId: ANA.id, id: tag(ANA, 'old').id, deletedAt: NOW },
    ])
    expect(next.article.tagCount).toBe(2)
    expect(next.article.updatedAt).toBe(NOW)
    expect(next.reviews).toBe(file.reviews)
  })

  it('refuses a tag id another editor uses, and leaves the file untouched', () => {
    const file = { ...articleFile(), annotations: [tag(SAM, 's')] }
    const stolen = { ...tag(ANA, 'x'), id: tag(SAM, 's').id }
    expect(() =>
      withEditorWork(file, { tags: [stolen], reviews: null, body: null }, ANA, NOW),
    ).toThrow(/Tag id .* already used by another editor/)
    expect(file.annotations).toHaveLength(1)
  })

  it('refuses a self-verdict and accepts another editor’s verdict', () => {
    const file = { ...articleFile(), annotations: [tag(SAM, 's')] }
    const own = { tags: [], reviews: [review(SAM, '1', tag(SAM, 's').id)], body: null }
    expect(() => withEditorWork(file, { ...own, tags: [tag(SAM, 's')] }, SAM, NOW)).toThrow(
      /own tag/,
    )
    const next = withEditorWork(
      file,
      { tags: [], reviews: [review(ANA, '1', tag(SAM, 's').id)], body: null },
      ANA,
      NOW,
    )
    expect(next.reviews).toHaveLength(1)
  })

  it('refuses more tags than an article holds', () => {
    const many = Array.from({ length: MAX_TAGS_PER_ARTICLE }, (_, n) => ({
      ...tag(SAM, 's'),
      id: `s-${n}`.padEnd(8, '0'),
    }))
    const file = { ...articleFile(), annotations: many }
    expect(() =>
      withEditorWork(file, { tags: [tag(ANA, 'a')], reviews: null, body: null }, ANA, NOW),
    ).toThrow(expect.objectContaining({ code: 'too-large' }))
  })

  it('takes a new body’s text facts, and refuses a body without text', () => {
    const file = articleFile()
    const draft = parsePlainText('One. Two. Three. Four.')
    const next = withEditorWork(
      file,
      checkEditorWork({ tags: [], body: draft.body }, ARTICLE_ID, ANA),
      ANA,
      NOW,
    )
    expect(next.article.sentenceCount).toBe(4)
    expect(next.article.textHash).not.toBe(file.article.textHash)
    const empty = { type: 'doc', content: [{ type: 'paragraph' }] }
    expect(() =>
      withEditorWork(
        file,
        checkEditorWork({ tags: [], body: empty as never }, ARTICLE_ID, ANA),
        ANA,
        NOW,
      ),
    ).toThrow(/without text/)
  })
})

import { describe, expect, it } from 'vitest'
import { parsePlainText } from '../../../shared/import/plain-text'
import {
  checkedBody,
  checkedDoc,
  metaOf,
  withMetaEdit,
  withNewVersion,
} from '../../../shared/store/article-edits'
import { textHash } from '../../../shared/text/hash'
import { ANA, tag } from '../exchange/exchange-fixtures'
import { ARTICLE_TEXT, articleFile } from './store-fixtures'

describe('article edits', () => {
  it('makes a new file with the draft’s metadata and its text’s facts', () => {
    const file = articleFile()
    expect(file.annotations).toEqual([])
    expect(file.article.textHash).toBe(textHash(ARTICLE_TEXT))
    expect(file.article.sentenceCount).toBe(2)
    expect(file.article.createdAt).toBe(file.article.updatedAt)
    expect(metaOf(file.article)).not.toHaveProperty('body')
  })

  it('replaces the body and metadata of a new version, keeping id, creation and tags', () => {
    const file = { ...articleFile(), annotations: [tag(ANA, 'a')] }
    const draft = parsePlainText('A new text. With three. Sentences now.')
    const now = '2025-11-18T09:00:00.000Z'
    const next = withNewVersion(file, draft, 'x'.repeat(300), checkedBody(draft.body), now)
    expect(next.article.id).toBe(file.article.id)
    expect(next.article.createdAt).toBe(file.article.createdAt)
    expect(next.article.updatedAt).toBe(now)
    expect(next.article.sentenceCount).toBe(3)
    expect(next.article.sourceName).toHaveLength(260)
    expect(next.annotations).toBe(file.annotations)
    expect(file.article.sentenceCount).toBe(2)
  })

  it('edits metadata, leaving out fields that are undefined', () => {
    const file = articleFile()
    const now = '2025-11-18T09:00:00.000Z'
    const next = withMetaEdit(file, { title: 'New title', outlet: undefined }, now)
    expect(next.article.title).toBe('New title')
    expect(next.article.outlet).toBe(file.article.outlet)
    expect(next.article.updatedAt).toBe(now)
    expect(next.article.body).toBe(file.article.body)
  })

  it('refuses a body the editor’s schema does not allow', () => {
    expect(() => checkedDoc({ type: 'nonsense' } as never)).toThrow(/The article body is not valid/)
  })
})

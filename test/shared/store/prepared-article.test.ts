import { describe, expect, it } from 'vitest'
import { prepareDraft } from '../../../electron/core/import/parse-article'
import { parsePlainText } from '../../../shared/import/plain-text'
import { checkedBody, newArticleFile, withNewVersion } from '../../../shared/store/article-edits'
import {
  preparedArticleFile,
  preparedArticleId,
  withPreparedVersion,
} from '../../../shared/store/prepared-article'
import { articleIdFor } from '../../../shared/text/hash'
import { ANA, tag } from '../exchange/exchange-fixtures'
import { articleFile } from './store-fixtures'

describe('preparedArticleFile', () => {
  it('makes the very file newArticleFile makes from the same draft, with the same id', () => {
    const draft = parsePlainText(
      'date 2025-11-17\nCouncil Votes On Harbour\n\nThe council met on Monday. It voted 7 to 2.\n\n“We will see,” said the mayor. Work starts in May.\n',
    )
    const prepared = prepareDraft(draft)
    const body = checkedBody(draft.body)
    const now = '2025-11-18T09:00:00.000Z'
    const id = articleIdFor(body.text)
    expect(preparedArticleId(prepared)).toBe(id)
    expect(preparedArticleFile(prepared, 'council.txt', now)).toEqual(
      newArticleFile(id, draft, 'council.txt', body, now),
    )
    expect(prepared.sentenceCount).toBe(5)
  })
})

describe('withPreparedVersion', () => {
  it('makes the very new version withNewVersion makes from the same draft, tags kept', () => {
    const file = { ...articleFile(), annotations: [tag(ANA, 'a')] }
    const draft = parsePlainText('A New Text\n\nWith three. Sentences now. And a quote, “yes”.\n')
    const now = '2025-11-18T09:00:00.000Z'
    const next = withPreparedVersion(file, prepareDraft(draft), 'new.txt', now)
    expect(next).toEqual(withNewVersion(file, draft, 'new.txt', checkedBody(draft.body), now))
    expect(next.annotations).toBe(file.annotations)
    expect(next.article).toMatchObject({
      id: file.article.id,
      sourceName: 'new.txt',
      updatedAt: now,
    })
  })
})

describe('prepareDraft', () => {
  it('refuses an article without text, as the store does', () => {
    const empty = {
      ...parsePlainText('A Headline\n\nText.'),
      body: { type: 'doc', content: [{ type: 'paragraph' }] },
    }
    expect(() => prepareDraft(empty as never)).toThrow(/without text/)
  })
})

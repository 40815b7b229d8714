import { describe, expect, it } from 'vitest'
import { prepareDraft } from '../../../electron/core/import/parse-article'
import { parsePlainText } from '../../../shared/import/plain-text'
import { checkedBody, newArticleFile } from '../../../shared/store/article-edits'
import { preparedArticleFile, preparedArticleId } from '../../../shared/store/prepared-article'
import { articleIdFor } from '../../../shared/text/hash'

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

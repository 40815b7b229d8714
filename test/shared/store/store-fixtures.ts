import { parsePlainText } from '../../../shared/import/plain-text'
import type { ArticleFile } from '../../../shared/model/store-files'
import { checkedBody, newArticleFile } from '../../../shared/store/article-edits'
import { ARTICLE_ID } from '../exchange/exchange-fixtures'

/** The text of the fixture article. */
export const ARTICLE_TEXT = 'Hello world. The mayor said taxes would fall.'

/** A fixture article file (id {@link ARTICLE_ID}) with no tags, made at minute 0. */
export function articleFile(text = ARTICLE_TEXT): ArticleFile {
  const draft = parsePlainText(text)
  return newArticleFile(
    ARTICLE_ID,
    draft,
    'story.txt',
    checkedBody(draft.body),
    '2025-11-17T12:00:00.000Z',
  )
}

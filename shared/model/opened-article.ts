import type { EditorRef } from './annotation'
import type { Article } from './article'
import type { PackedTags } from './packed-tags'
import type { Review } from './review'

/**
 * Everything the renderer needs to show an article for tagging, in one answer: the article, the
 * acting editor, every editor's tags packed against the article's text (see `packTags`), and
 * every reviewer's reviews.
 */
export interface OpenedArticle {
  article: Article
  editor: EditorRef
  tags: PackedTags
  reviews: Review[]
}

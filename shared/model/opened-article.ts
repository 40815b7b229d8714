import type { EditorRef } from './annotation'
import type { ArticleMeta } from './article'
import type { PackedBody } from './packed-body'
import type { PackedTags } from './packed-tags'
import type { Review } from './review'

/**
 * Everything the renderer needs to show an article for tagging, in one answer: the article's
 * metadata and its body packed (see `packBody`), the acting editor, every editor's tags packed in
 * columns against the article's text (see `packTags`), and every reviewer's reviews. Each field
 * travels once.
 */
export interface OpenedArticle {
  article: ArticleMeta
  body: PackedBody
  editor: EditorRef
  tags: PackedTags
  reviews: Review[]
}

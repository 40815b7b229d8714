import { Node } from 'prosemirror-model'
import { articleSchema as editorSchema } from '../../shared/editor/schema'
import type { Article } from '../../shared/model/article'
import { articleSentences } from '../../shared/text/article-sentences'
import { articleText } from '../../shared/text/article-text'
import type { SentenceSpan } from '../../shared/text/sentences'
import type { LibraryStore } from '../core/store/library-store'

/** An article with its document, its plain text and its sentences as offsets into that text. */
export interface LoadedArticle {
  article: Article
  doc: Node
  text: string
  /** In document order: index N is the sentence that `show` numbers N. */
  sentences: SentenceSpan[]
}

/** Reads one article from the library; a not-found error when there is no such article. */
export async function loadArticle(store: LibraryStore, id: string): Promise<LoadedArticle> {
  const article = await store.get(id)
  const doc = Node.fromJSON(editorSchema, article.body)
  return { article, doc, text: articleText(doc), sentences: articleSentences(doc) }
}

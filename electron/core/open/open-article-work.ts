import { Node } from 'prosemirror-model'
import { articleSchema } from '../../../shared/editor/schema'
import type { EditorRef } from '../../../shared/model/annotation'
import type { DocNodeJson } from '../../../shared/model/doc-json'
import type { OpenedArticle } from '../../../shared/model/opened-article'
import { packBody } from '../../../shared/model/packed-body'
import { packTags } from '../../../shared/model/packed-tags'
import { articleText } from '../../../shared/text/article-text'
import type { LibraryStore } from '../store/library-store'

/**
 * The plain text of each body read so far. The store keeps an article's file in memory until it
 * changes, and a saved body is a new object, so a body's text is worked out once.
 */
const texts = new WeakMap<DocNodeJson, string>()

function bodyText(body: DocNodeJson): string {
  let text = texts.get(body)
  if (text === undefined) {
    text = articleText(Node.fromJSON(articleSchema, body))
    texts.set(body, text)
  }
  return text
}

/**
 * Reads article `id` for tagging by `editor`: the article's metadata and its body packed (a
 * paragraph of plain text travels as that text), every editor's tags packed in columns against
 * its text (a tag whose stored selectors are what its position gives in the text as it is
 * travels as that position only; any other, an orphan included, keeps its selectors) and every
 * review. Throws the store's error when there is no such article.
 */
export async function openArticleWork(
  store: LibraryStore,
  editor: EditorRef,
  id: string,
): Promise<OpenedArticle> {
  const { body, ...article } = await store.get(id)
  const [annotations, reviews] = await Promise.all([store.tags(id), store.reviews(id)])
  return {
    article,
    body: packBody(body),
    editor,
    tags: packTags(bodyText(body), annotations),
    reviews,
  }
}

import { Node } from 'prosemirror-model'
import { articleSchema as editorSchema } from '../../../shared/editor/schema'
import type { EditorRef } from '../../../shared/model/annotation'
import type { AgreementArticle, AgreementInput } from '../../../shared/review/agreement-report'
import { articleSentences } from '../../../shared/text/article-sentences'
import { articleText } from '../../../shared/text/article-text'
import type { LibraryStore } from '../store/library-store'

/** Every editor who has a tag on any of `articles`, by name. */
export function editorsOf(articles: readonly AgreementArticle[]): EditorRef[] {
  const byId = new Map<string, EditorRef>()
  for (const article of articles) {
    for (const tag of article.annotations) byId.set(tag.author.id, tag.author)
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
}

/**
 * What the agreement report compares, read from the store: the articles (`ids`, or the whole
 * library when null) with their current text, sentences and every editor's tags, and every editor
 * who tagged any of them.
 */
export async function agreementInput(
  store: LibraryStore,
  ids: readonly string[] | null,
): Promise<AgreementInput> {
  const articles: AgreementArticle[] = []
  for (const id of ids ?? store.list().map((meta) => meta.id)) {
    const article = await store.get(id)
    const doc = Node.fromJSON(editorSchema, article.body)
    articles.push({
      id,
      title: article.title,
      text: articleText(doc),
      sentences: articleSentences(doc),
      annotations: await store.tags(id),
    })
  }
  return { articles, editors: editorsOf(articles) }
}

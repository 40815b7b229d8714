import { Node } from 'prosemirror-model'
import { anchor } from '../../../shared/anchoring'
import { articleSchema as editorSchema } from '../../../shared/editor/schema'
import { storyArticleFromDoc, type StoryArticle } from '../../../shared/story/story-article'
import type { LibraryStore } from '../store/library-store'

/** A story's articles read from the store, and where the editor has tagged each already. */
export interface StoryInput {
  articles: StoryArticle[]
  /** Per article id, the spans of the editor's tags that anchor in the current text. */
  tagged: Map<string, { start: number; end: number }[]>
}

/**
 * Reads the articles `ids` (a not-found error for an unknown one) with their plain text,
 * sentences and the debris the editor did not keep, and, when `editorId` is given, the spans that editor's tags cover in each.
 */
export async function storyInput(
  store: LibraryStore,
  ids: readonly string[],
  editorId: string | null,
): Promise<StoryInput> {
  const articles: StoryArticle[] = []
  const tagged = new Map<string, { start: number; end: number }[]>()
  for (const id of ids) {
    const article = await store.get(id)
    const doc = Node.fromJSON(editorSchema, article.body)
    // The analysis skips the debris the editor did not keep.
    const storyArticle = storyArticleFromDoc(
      { id, title: article.title, outlet: article.outlet, url: article.url },
      doc,
      article.debrisKept ?? [],
    )
    const { text } = storyArticle
    articles.push(storyArticle)
    if (editorId === null) continue
    const spans: { start: number; end: number }[] = []
    for (const tag of await store.tags(id)) {
      if (tag.author.id !== editorId) continue
      const placed = anchor(text, tag.target)
      if (placed.status === 'anchored' || placed.status === 'changed') {
        spans.push({ start: placed.start, end: placed.end })
      }
    }
    tagged.set(id, spans)
  }
  return { articles, tagged }
}

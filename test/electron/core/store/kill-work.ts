import { Node } from 'prosemirror-model'
import { describe as describeSpan } from '../../../../shared/anchoring'
import { articleSchema } from '../../../../shared/editor/schema'
import type { Annotation, EditorRef } from '../../../../shared/model/annotation'
import type { Article } from '../../../../shared/model/article'
import type { DocNodeJson } from '../../../../shared/model/doc-json'
import { articleText } from '../../../../shared/text/article-text'

/** The editor whose saves the kill test makes. */
export const KILL_EDITOR: EditorRef = { id: 'kill-test', name: 'Kill Test' }

/** The body save number `n` writes, if it writes one: every third save edits the text. */
export function bodyFor(article: Article, n: number): DocNodeJson {
  const content = (article.body.content ?? []).filter(
    (node) => !node.content?.[0]?.text?.startsWith('Save number '),
  )
  return {
    ...article.body,
    content: [
      ...content,
      { type: 'paragraph', content: [{ type: 'text', text: `Save number ${n}.` }] },
    ],
  }
}

/**
 * Save number `n` of the kill test: 1 + n % 3 tags on the first sentence, each noting `save n`,
 * and on every third save a body whose last paragraph says `Save number n.`.
 */
export function workFor(article: Article, n: number): { body?: DocNodeJson; tags: Annotation[] } {
  const text = articleText(Node.fromJSON(articleSchema, article.body))
  const end = text.indexOf('\n')
  const now = new Date().toISOString()
  const tags = Array.from({ length: 1 + (n % 3) }, (_, index) => ({
    id: `kill-tag-${index}`,
    articleId: article.id,
    author: KILL_EDITOR,
    kind: 'claim' as const,
    target: describeSpan(text, 0, end < 0 ? text.length : end),
    note: `save ${n}`,
    created: now,
    modified: now,
  }))
  return n % 3 === 0 ? { body: bodyFor(article, n), tags } : { tags }
}

/** The save number recorded in the kill editor's tags (0 before the first save). */
export function noteNumber(tags: readonly Annotation[]): number {
  const mine = tags.filter((tag) => tag.author.id === KILL_EDITOR.id)
  const numbers = new Set(mine.map((tag) => Number(tag.note.replace('save ', ''))))
  if (numbers.size > 1) throw new Error(`tags from different saves: ${[...numbers].join(', ')}`)
  return mine.length === 0 ? 0 : ([...numbers][0] ?? 0)
}

/** Test fixtures for the review statistics: tags made the way the editor makes them. */
import { describe as describeSpan } from '../../../shared/anchoring/describe'
import type { Annotation, EditorRef, TagKind } from '../../../shared/model/annotation'

/** Two editors and a third, for the fixtures. */
export const ANA: EditorRef = { id: 'ana-ruiz', name: 'Ana Ruiz' }
export const BEN: EditorRef = { id: 'ben-okafor', name: 'Ben Okafor' }
export const CHLOE: EditorRef = { id: 'chloe-martin', name: 'Chloé Martin' }

/** A well-formed Factmark article id. */
export const ARTICLE_ID = '0123456789abcdef'

let counter = 0

/**
 * A tag by `author` of `kind` on `[start, end)` of `text`, with selectors from `describe`: as the
 * editor would store it when `text` was the article's text.
 */
export function tag(
  author: EditorRef,
  kind: TagKind,
  text: string,
  start: number,
  end: number,
  articleId = ARTICLE_ID,
): Annotation {
  counter += 1
  return {
    id: `tag-${String(counter).padStart(8, '0')}`,
    articleId,
    author,
    kind,
    target: describeSpan(text, start, end),
    note: '',
    created: '2025-01-01T00:00:00.000Z',
    modified: '2025-01-01T00:00:00.000Z',
  }
}

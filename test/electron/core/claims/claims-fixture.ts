import { describe as describeSpan } from '../../../../shared/anchoring'
import type { Annotation, EditorRef, TagKind } from '../../../../shared/model/annotation'
import type { FactCheck } from '../../../../shared/model/fact-check'
import type { Review } from '../../../../shared/model/review'
import type { LibraryStore } from '../../../../electron/core/store/library-store'
import { plainTextOf } from '../../../../electron/core/store/text-search'

/** Editors of the claims tests. */
export const ANA: EditorRef = { id: 'ana-ruiz', name: 'Ana Ruiz' }
export const BEN: EditorRef = { id: 'ben-okafor', name: 'Ben Okafor' }
export const LEE: EditorRef = { id: 'lee-park', name: 'Lee Park' }

/** One tag to make: on the first occurrence of `quote` in the article's text. */
export interface TagSpec {
  quote: string
  kind: TagKind
  author: EditorRef
  factCheck?: FactCheck
  /** Minutes after a fixed time: its created and modified times. */
  minute?: number
}

/** One review to make, of the tag made from `tags[tag]`. */
export interface ReviewSpec {
  tag: number
  author: EditorRef
  verdict: Review['verdict']
  text?: string
  subject?: Review['subject']
}

function time(minute: number): string {
  return new Date(Date.UTC(2026, 10, 17, 12, minute)).toISOString()
}

/**
 * Tags the article `articleId` of `store` as the specs say (each editor's tags saved as their
 * work), then saves the reviews (each reviewer's as their work). Returns the tags made.
 */
export async function tagArticle(
  store: LibraryStore,
  articleId: string,
  tags: readonly TagSpec[],
  reviews: readonly ReviewSpec[] = [],
): Promise<Annotation[]> {
  const text = plainTextOf((await store.get(articleId)).body)
  const made = tags.map((spec, index): Annotation => {
    const start = text.indexOf(spec.quote)
    if (start < 0) throw new Error(`tagArticle: “${spec.quote}” is not in ${articleId}`)
    const tag: Annotation = {
      id: `${spec.author.id}-${articleId.slice(0, 6)}-${index}`,
      articleId,
      author: spec.author,
      kind: spec.kind,
      target: describeSpan(text, start, start + spec.quote.length),
      note: '',
      created: time(spec.minute ?? index),
      modified: time(spec.minute ?? index),
    }
    if (spec.factCheck) tag.factCheck = spec.factCheck
    return tag
  })
  const made2 = reviews.map((spec, index): Review => {
    const tag = made[spec.tag]
    if (!tag) throw new Error(`tagArticle: no tag ${spec.tag}`)
    const review: Review = {
      id: `${spec.author.id}-review-${articleId.slice(0, 6)}-${index}`,
      articleId,
      annotationId: tag.id,
      author: spec.author,
      verdict: spec.verdict,
      text: spec.text ?? (spec.verdict === 'accept' ? '' : 'Because.'),
      created: time(30 + index),
      modified: time(30 + index),
    }
    if (spec.subject) review.subject = spec.subject
    return review
  })
  const editors = new Map<string, EditorRef>()
  for (const tag of made) editors.set(tag.author.id, tag.author)
  for (const review of made2) editors.set(review.author.id, review.author)
  for (const editor of editors.values()) {
    const own = made.filter((tag) => tag.author.id === editor.id)
    const ownReviews = made2.filter((review) => review.author.id === editor.id)
    const existing = (await store.tags(articleId)).filter((tag) => tag.author.id === editor.id)
    await store.saveWork(
      articleId,
      { tags: [...existing, ...own], reviews: ownReviews.length > 0 ? ownReviews : undefined },
      editor,
    )
  }
  return made
}

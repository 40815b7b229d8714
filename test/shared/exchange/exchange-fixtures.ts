import type { Annotation, EditorRef } from '../../../shared/model/annotation'
import type { Review } from '../../../shared/model/review'

/** The article every fixture tag belongs to. */
export const ARTICLE_ID = '0123456789abcdef'

/** A text hash for fixture packages. */
export const TEXT_HASH = 'a'.repeat(64)

/** Sam, the reviewer whose packages most tests import. */
export const SAM: EditorRef = { id: 'sam-reviewer', name: 'Sam Reviewer' }

/** Ana, the editor at the keyboard. */
export const ANA: EditorRef = { id: 'ana', name: 'Ana' }

/** Lee, a third editor. */
export const LEE: EditorRef = { id: 'lee', name: 'Lee' }

/** A valid tag by `author`, `id` suffixed to a fixed prefix, modified at minute `minute`. */
export function tag(
  author: EditorRef,
  id: string,
  minute = 0,
  changes: Partial<Annotation> = {},
): Annotation {
  const modified = new Date(Date.UTC(2025, 10, 17, 12, minute)).toISOString()
  return {
    id: `${author.id}-${id}`.padEnd(8, '0'),
    articleId: ARTICLE_ID,
    author,
    kind: 'claim',
    target: {
      position: { type: 'TextPositionSelector', start: 0, end: 5 },
      quote: { type: 'TextQuoteSelector', exact: 'Hello', prefix: '', suffix: ' world' },
    },
    note: '',
    created: new Date(Date.UTC(2025, 10, 17, 12, 0)).toISOString(),
    modified,
    ...changes,
  }
}

/** An ISO time at minute `minute` of the fixture day. */
export function at(minute: number): string {
  return new Date(Date.UTC(2025, 10, 17, 12, minute)).toISOString()
}

/** A valid review by `author` of tag `annotationId`, `id` suffixed to a fixed prefix. */
export function review(
  author: EditorRef,
  id: string,
  annotationId: string,
  verdict: Review['verdict'] = 'accept',
  minute = 0,
  text = verdict === 'accept' ? '' : 'Because.',
): Review {
  return {
    id: `${author.id}-r-${id}`.padEnd(8, '0'),
    articleId: ARTICLE_ID,
    annotationId,
    author,
    verdict,
    text,
    created: at(0),
    modified: at(minute),
  }
}

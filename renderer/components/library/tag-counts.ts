import type { ArticleMeta } from '../../../shared/model/article'
import { otherEditorsTags, ownTagCount } from '../../../shared/model/editor-tag-counts'
import {
  firstName,
  SAMPLE_REVIEWER_ID,
  sampleReviewLabel,
  sampleReviewOf,
} from '../../../shared/library/sample-review'

/** What the library's Tags column says of one article, for the acting editor. */
export interface TagCountSummary {
  /** The acting editor's own tags: the column's figure. */
  own: number
  /** Every other editor's tags together (the sample reviewer's included). */
  others: number
  /** The second, smaller figure ("+12 by Sam", "+9 by 2 others"), or '' when no one else tagged. */
  othersShort: string
  /** The whole count in words, for the tooltip and screen readers. */
  words: string
  /** "Sample review by Sam" when the first run's sample reviewer tagged the article, else ''. */
  sample: string
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/**
 * How the Tags column counts an article for the acting editor `editorId`: their own tags first,
 * everyone else's apart and named, so that another editor's work (or the sample review) never
 * reads as the editor's progress.
 */
export function tagCountSummary(meta: ArticleMeta, editorId: string | null): TagCountSummary {
  const own = ownTagCount(meta, editorId)
  const editors = otherEditorsTags(meta, editorId)
  const others = editors.reduce((sum, entry) => sum + entry.count, 0)
  const sampleEntry = sampleReviewOf(meta)
  const sample = sampleEntry && sampleEntry.id !== editorId ? sampleReviewLabel(sampleEntry) : ''
  const only = editors.length === 1 ? editors[0] : undefined
  const othersShort =
    others === 0 ? '' : `+${others} by ${only ? firstName(only.name) : `${editors.length} others`}`
  const named = editors.map(
    (entry) =>
      `${plural(entry.count, 'tag')} by ${entry.name}${entry.id === SAMPLE_REVIEWER_ID ? ' (sample review)' : ''}`,
  )
  const words = [`${plural(own, 'tag')} yours`, ...named].join(', ')
  return { own, others, othersShort, words, sample }
}

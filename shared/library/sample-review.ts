import type { EditorTagCount } from '../model/editor-tag-counts'

/**
 * The editor id of the sample reviewer whose packages the first run imports beside the sample
 * articles (`seeds/reviews/*.json`), so that review can be tried at once. Their tags are the
 * sample's, never the user's progress.
 */
export const SAMPLE_REVIEWER_ID = 'sam-reviewer'

/** The sample reviewer's share of an article's tags, if they tagged it. */
export function sampleReviewOf(meta: {
  tagsByEditor?: readonly EditorTagCount[] | undefined
}): EditorTagCount | undefined {
  return meta.tagsByEditor?.find((entry) => entry.id === SAMPLE_REVIEWER_ID)
}

/** An editor's first name, as a short label says it ("Sam Reviewer" → "Sam"). */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] || name
}

/** How the library names the sample reviewer's work: "Sample review by Sam". */
export function sampleReviewLabel(entry: EditorTagCount): string {
  return `Sample review by ${firstName(entry.name)}`
}

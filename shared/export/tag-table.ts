import type { Annotation } from '../model/annotation'
import type { TaggedArticle } from './placed-tags'
import {
  outcomeOf,
  unverifiedReviewers,
  type ReviewOutcome,
  type ReviewVerdictEntry,
} from './review-outcome'

/** One cell of the tag table: text, a number, a list of links, or nothing. */
export type TagCell = string | number | string[] | null

/**
 * What a row's tag and reviews carry of the unverified mark (work taken from an unsigned package:
 * nothing proves its author made it). Each format writes it its own way.
 */
export interface RowMarks {
  /** Whether the tag itself is unverified. */
  authorUnverified: boolean
  /** The reviewers whose reviews of the tag are unverified (see `unverifiedReviewers`). */
  unverifiedReviewers: string[]
}

/** The exported tags as a table: one row per tag, the columns named. */
export interface TagTable {
  columns: string[]
  rows: TagCell[][]
  /** The unverified marks of each row, in the rows' order. */
  marks: RowMarks[]
}

/** The columns every tag table has, in order. */
const LEADING_COLUMNS = [
  'articleId',
  'articleTitle',
  'tagId',
  'status',
  'sentenceIndex',
  'lastSentenceIndex',
  'start',
  'end',
  'kind',
  'exact',
  'changedFrom',
]

/** The columns only a table with notes has. */
const NOTE_COLUMNS = ['note', 'speaker', 'reason', 'evidence']

/** The columns that close every tag table. */
const TRAILING_COLUMNS = ['authorId', 'authorName', 'created', 'modified']

/** The review outcome and fact-check columns, after the others (older readers keep their places). */
const REVIEW_COLUMNS = [
  'reviewState',
  'acceptedBy',
  'originalAuthor',
  'rejectedBy',
  'rejectedReason',
  'discussion',
  'verdictReviews',
  'claimant',
  'claimStatus',
  'verdict',
  'summary',
]

function names(entries: readonly ReviewVerdictEntry[]): string | null {
  return entries.length > 0 ? entries.map((item) => item.reviewer.name).join('; ') : null
}

/** The review and fact-check cells of one tag (see {@link tagTable}). */
function reviewCells(annotation: Annotation, outcome: ReviewOutcome): TagCell[] {
  const reasons = outcome.rejectedBy.map((item) => `${item.reviewer.name}: ${item.text.trim()}`)
  const discussion = outcome.discussion.map((item) => `${item.author.name}: ${item.text.trim()}`)
  const verdictReviews = outcome.verdictReviews.map(
    (item) =>
      `${item.verdict === 'accept' ? 'accepted' : 'rejected'} by ${item.reviewer.name}${item.text.trim() ? `: ${item.text.trim()}` : ''}`,
  )
  const check = annotation.factCheck
  return [
    outcome.state,
    names(outcome.acceptedBy),
    outcome.originalAuthor?.name ?? null,
    names(outcome.rejectedBy),
    reasons.length > 0 ? reasons.join('\n') : null,
    discussion.length > 0 ? discussion.join('\n') : null,
    verdictReviews.length > 0 ? verdictReviews.join('\n') : null,
    check?.claimant?.trim() || null,
    check?.status ?? null,
    check?.verdict ?? null,
    check?.summary?.trim() || null,
  ]
}

/**
 * The tags of an export as rows, in document order with the unplaced ones last. Columns:
 * `articleId`, `articleTitle`, `tagId`; `status` ('anchored', 'changed', or for tags that could not
 * be placed 'orphan' or 'ambiguous'); `sentenceIndex` and `lastSentenceIndex` (the first and last
 * sentence covered, counted from 0 as the CLI's `show` numbers them), `start` and `end` (offsets
 * into the article's plain text), all null for an unplaced tag; `kind`; `exact` (the tagged text
 * now, or as tagged for an unplaced tag); `changedFrom` (for a changed tag, the text as tagged);
 * with notes, `note`, `speaker`, `reason` and `evidence` (a list of links); then `authorId`,
 * `authorName`, `created` and `modified`; then the review outcome: `reviewState` ('accepted',
 * 'rejected', 'contested' or 'unreviewed'), `acceptedBy` and `rejectedBy` (names joined by "; "),
 * `originalAuthor` (the credited author of a tag copied by accepting), `rejectedReason` and
 * `discussion` ("Name: text", one a line), `verdictReviews` (the fact-check verdict's accepts and
 * rejects, one a line); and the fact-check: `claimant`, `claimStatus`, `verdict` (the rating's id)
 * and `summary`. Beside the rows, `marks` says which tags and reviewers are unverified.
 */
export function tagTable(tagged: TaggedArticle): TagTable {
  const { article } = tagged
  const columns = [
    ...LEADING_COLUMNS,
    ...(tagged.notes ? NOTE_COLUMNS : []),
    ...TRAILING_COLUMNS,
    ...REVIEW_COLUMNS,
  ]
  const noteCells = (annotation: Annotation): TagCell[] =>
    tagged.notes
      ? [
          annotation.note,
          annotation.speaker ?? null,
          annotation.reason ?? null,
          annotation.evidence ?? [],
        ]
      : []
  const trailing = (annotation: Annotation): TagCell[] => [
    annotation.author.id,
    annotation.author.name,
    annotation.created,
    annotation.modified,
    ...reviewCells(annotation, outcomeOf(tagged.outcomes, annotation.id)),
  ]
  const rows: TagCell[][] = [
    ...tagged.placed.map((tag) => [
      article.id,
      article.title,
      tag.annotation.id,
      tag.status,
      tag.sentence,
      tag.lastSentence,
      tag.start,
      tag.end,
      tag.annotation.kind,
      tag.exact,
      tag.changedFrom,
      ...noteCells(tag.annotation),
      ...trailing(tag.annotation),
    ]),
    ...tagged.unplaced.map((tag) => [
      article.id,
      article.title,
      tag.annotation.id,
      tag.status,
      null,
      null,
      null,
      null,
      tag.annotation.kind,
      tag.annotation.target.quote.exact,
      null,
      ...noteCells(tag.annotation),
      ...trailing(tag.annotation),
    ]),
  ]
  const marks = [...tagged.placed, ...tagged.unplaced].map(({ annotation }) => ({
    authorUnverified: annotation.unverified === true,
    unverifiedReviewers: unverifiedReviewers(outcomeOf(tagged.outcomes, annotation.id)),
  }))
  return { columns, rows, marks }
}

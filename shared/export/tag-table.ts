import type { Annotation } from '../model/annotation'
import type { TaggedArticle } from './placed-tags'

/** One cell of the tag table: text, a number, a list of links, or nothing. */
export type TagCell = string | number | string[] | null

/** The exported tags as a table: one row per tag, the columns named. */
export interface TagTable {
  columns: string[]
  rows: TagCell[][]
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

/**
 * The tags of an export as rows, in document order with the unplaced ones last. Columns:
 * `articleId`, `articleTitle`, `tagId`; `status` ('anchored', 'changed', or for tags that could not
 * be placed 'orphan' or 'ambiguous'); `sentenceIndex` and `lastSentenceIndex` (the first and last
 * sentence covered, counted from 0 as the CLI's `show` numbers them), `start` and `end` (offsets
 * into the article's plain text), all null for an unplaced tag; `kind`; `exact` (the tagged text
 * now, or as tagged for an unplaced tag); `changedFrom` (for a changed tag, the text as tagged);
 * with notes, `note`, `speaker`, `reason` and `evidence` (a list of links); then `authorId`,
 * `authorName`, `created` and `modified`.
 */
export function tagTable(tagged: TaggedArticle): TagTable {
  const { article } = tagged
  const columns = [...LEADING_COLUMNS, ...(tagged.notes ? NOTE_COLUMNS : []), ...TRAILING_COLUMNS]
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
  return { columns, rows }
}

import { replaceOwnRecords } from '../exchange/own-records'
import type { Annotation, EditorRef } from '../model/annotation'
import type { Article, ArticleMeta } from '../model/article'
import type { DocNodeJson } from '../model/doc-json'
import { countTagsByEditor } from '../model/editor-tag-counts'
import type { Review } from '../model/review'
import type { ArticleFile } from '../model/store-files'
import { articleText } from '../text/article-text'
import { checkedDoc, metaOf, textFacts } from './article-edits'
import type { PreparedBody } from './prepared-article'
import { checkHasText } from './has-text'
import { checkNoForeignIds } from './duplicate-ids'
import { checkTagLimit } from './limits'
import { checkOwnReviews, checkOwnTags } from './ownership'
import { checkNoSelfVerdict } from './self-verdict'

/** What an editor saves on one article: their whole set of tags, maybe reviews and a new body. */
export interface EditorWork {
  body?: DocNodeJson | undefined
  tags: Annotation[]
  reviews?: Review[] | undefined
}

/** An editor's work on one article, checked on its own (before the article file is read). */
export interface CheckedWork {
  tags: Annotation[]
  /** Null when the save does not touch the editor's reviews. */
  reviews: Review[] | null
  /** The edited text, checked and measured; null when the text was not edited. */
  body: PreparedBody | null
}

/**
 * Checks what an editor saves on article `articleId` without the article's file: their reviews
 * ({@link checkOwnReviews}), their tags ({@link checkOwnTags}; those in `validTags` were checked
 * when they were stored) and the body (a valid document with text, checked and measured in
 * process by {@link preparedBody}, unless `body` is the body already prepared, as the store
 * prepares a big one off the main thread). Throws a `FactmarkError` naming the first problem.
 */
export function checkEditorWork(
  work: EditorWork,
  articleId: string,
  editor: EditorRef,
  validTags?: ReadonlySet<Annotation>,
  body?: PreparedBody,
): CheckedWork {
  const reviews = work.reviews ? checkOwnReviews(work.reviews, articleId, editor) : null
  checkOwnTags(work.tags, articleId, editor, validTags)
  const prepared = body ?? (work.body ? preparedBody(work.body) : null)
  return { tags: work.tags, reviews, body: prepared }
}

/**
 * An edited article body checked against the editor's schema (see `checkedDoc`), refused when
 * it has no text, and measured, in this process.
 */
export function preparedBody(body: DocNodeJson): PreparedBody {
  const doc = checkedDoc(body)
  const text = articleText(doc)
  checkHasText(text)
  return { body: doc.toJSON() as DocNodeJson, ...textFacts({ doc, text }) }
}

/**
 * `file` after an editor's save (at `now`): their whole set of tags replaces their previous set,
 * their reviews likewise when the save carries them, other editors' records are untouched, and
 * each record of theirs the save drops gets a tombstone (see `replaceOwnRecords`). Refuses ids
 * another editor uses, more tags than an article holds, verdicts on the editor's own tags, and a
 * body without text. The article file, not the index, is the truth about the metadata.
 */
export function withEditorWork(
  file: ArticleFile,
  work: CheckedWork,
  editor: EditorRef,
  now: string,
): ArticleFile {
  checkNoForeignIds(file.annotations, work.tags, editor.id, 'Tag')
  const saved = replaceOwnRecords(
    file.annotations,
    work.tags,
    file.tombstones,
    editor.id,
    'tag',
    now,
  )
  const annotations = saved.records
  checkTagLimit(annotations.length)
  let records = { reviews: file.reviews, tombstones: saved.tombstones }
  if (work.reviews) {
    checkNoForeignIds(file.reviews, work.reviews, editor.id, 'Review')
    checkNoSelfVerdict(work.reviews, annotations)
    const replaced = replaceOwnRecords(
      file.reviews,
      work.reviews,
      saved.tombstones,
      editor.id,
      'review',
      now,
    )
    records = { reviews: replaced.records, tombstones: replaced.tombstones }
  }
  let meta: ArticleMeta = {
    ...metaOf(file.article),
    tagCount: annotations.length,
    tagsByEditor: countTagsByEditor(annotations),
    updatedAt: now,
  }
  let body = file.article.body
  if (work.body) {
    body = work.body.body as Article['body']
    meta = { ...meta, textHash: work.body.textHash, sentenceCount: work.body.sentenceCount }
  }
  return { ...file, article: { ...meta, body }, annotations, ...records }
}

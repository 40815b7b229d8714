import type { ArticleDraft } from '../import/plain-text'
import type { Article } from '../model/article'
import type { DocNodeJson } from '../model/doc-json'
import type { ArticleFile } from '../model/store-files'
import { emptyArticleFile, withNewVersionOf } from './article-edits'

/**
 * A parsed draft already checked against the editor's schema and measured, off the main thread
 * (the import worker): its body is the checked document's JSON, `textHash` the SHA-256 of its
 * plain text and `sentenceCount` its number of sentences, so that the store adds it without
 * building the document again.
 */
export interface PreparedDraft {
  draft: ArticleDraft
  textHash: string
  sentenceCount: number
}

/**
 * An article body an editor saved, checked against the editor's schema and measured (off the
 * main thread when it is big): `body` is the checked document's JSON, `textHash` the SHA-256 of
 * its plain text and `sentenceCount` its number of sentences, as {@link PreparedDraft} has them.
 */
export interface PreparedBody {
  body: DocNodeJson
  textHash: string
  sentenceCount: number
}

/** The id an article prepared as `prepared` gets: the first 16 hex digits of its text's hash. */
export function preparedArticleId(prepared: PreparedDraft): string {
  return prepared.textHash.slice(0, 16)
}

/**
 * The file of a new article made from a prepared draft, with no tags, at time `now`: the same
 * file `newArticleFile` makes from the draft.
 */
export function preparedArticleFile(
  prepared: PreparedDraft,
  sourceName: string,
  now: string,
): ArticleFile {
  const { draft } = prepared
  return emptyArticleFile(
    preparedArticleId(prepared),
    draft,
    sourceName,
    prepared,
    draft.body as Article['body'],
    now,
  )
}

/**
 * `file` with a newer version of its article made from a prepared draft, at time `now`: the same
 * file `withNewVersion` makes from the draft, without building its document again.
 */
export function withPreparedVersion(
  file: ArticleFile,
  prepared: PreparedDraft,
  sourceName: string,
  now: string,
): ArticleFile {
  const { draft } = prepared
  return withNewVersionOf(file, draft, sourceName, prepared, draft.body as Article['body'], now)
}

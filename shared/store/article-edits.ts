import { Node } from 'prosemirror-model'
import { articleSchema as editorSchema } from '../editor/schema'
import type { ArticleDraft } from '../import/plain-text'
import { FactmarkError } from '../ipc/result'
import type { Article, ArticleMeta, ArticleMetaEdit } from '../model/article'
import type { DocNodeJson } from '../model/doc-json'
import { STORE_VERSION, type ArticleFile } from '../model/store-files'
import { articleSentences } from '../text/article-sentences'
import { articleText } from '../text/article-text'
import { textHash } from '../text/hash'

/** An article body checked against the editor's schema, with its plain text. */
export interface CheckedBody {
  doc: Node
  text: string
}

/** The metadata of an article: everything but its body. */
export function metaOf(article: Article): ArticleMeta {
  const { body: _body, ...meta } = article
  return meta
}

/**
 * Checks an article body against the editor's schema; an `invalid-argument`
 * {@link FactmarkError} when it is not a valid document.
 */
export function checkedDoc(body: DocNodeJson): Node {
  try {
    const doc = Node.fromJSON(editorSchema, body)
    doc.check()
    return doc
  } catch (error) {
    throw new FactmarkError(
      'invalid-argument',
      `The article body is not valid: ${(error as Error).message}`,
    )
  }
}

/** The facts an article's metadata takes from its text: its hash and its number of sentences. */
export function textFacts(body: CheckedBody): Pick<ArticleMeta, 'textHash' | 'sentenceCount'> {
  return { textHash: textHash(body.text), sentenceCount: articleSentences(body.doc).length }
}

/** The metadata an article takes from a parsed file: its draft's fields and its text's facts. */
export function draftMeta(
  draft: ArticleDraft,
  sourceName: string,
  facts: Pick<ArticleMeta, 'textHash' | 'sentenceCount'>,
): Pick<
  ArticleMeta,
  | 'title'
  | 'outlet'
  | 'url'
  | 'published'
  | 'language'
  | 'sourceName'
  | 'textHash'
  | 'sentenceCount'
> {
  return {
    title: draft.title,
    outlet: draft.outlet,
    url: draft.url,
    published: draft.published,
    language: draft.language,
    sourceName: sourceName.slice(0, 260),
    textHash: facts.textHash,
    sentenceCount: facts.sentenceCount,
  }
}

/**
 * The file of a new article `id` with no tags, at time `now`: its body's JSON `body` (already
 * checked against the editor's schema) and its text's `facts`. The one place a new file is made,
 * in process or from what the import worker prepared.
 */
export function emptyArticleFile(
  id: string,
  draft: ArticleDraft,
  sourceName: string,
  facts: Pick<ArticleMeta, 'textHash' | 'sentenceCount'>,
  body: Article['body'],
  now: string,
): ArticleFile {
  const meta: ArticleMeta = {
    id,
    ...draftMeta(draft, sourceName, facts),
    tagCount: 0,
    tagsByEditor: [],
    createdAt: now,
    updatedAt: now,
  }
  return {
    version: STORE_VERSION,
    article: { ...meta, body },
    annotations: [],
    reviews: [],
    tombstones: [],
  }
}

/** The file of a new article `id` made from a parsed draft, with no tags, at time `now`. */
export function newArticleFile(
  id: string,
  draft: ArticleDraft,
  sourceName: string,
  body: CheckedBody,
  now: string,
): ArticleFile {
  return emptyArticleFile(
    id,
    draft,
    sourceName,
    textFacts(body),
    body.doc.toJSON() as Article['body'],
    now,
  )
}

/**
 * `file` with a newer version of its article: its body's JSON `body` (already checked against
 * the editor's schema) and metadata from the draft and its text's `facts`, keeping the id, the
 * creation time, and every editor's tags and reviews. The one place a new version is made, in
 * process or from what the import worker prepared.
 */
export function withNewVersionOf(
  file: ArticleFile,
  draft: ArticleDraft,
  sourceName: string,
  facts: Pick<ArticleMeta, 'textHash' | 'sentenceCount'>,
  body: Article['body'],
  now: string,
): ArticleFile {
  const meta: ArticleMeta = {
    ...metaOf(file.article),
    ...draftMeta(draft, sourceName, facts),
    updatedAt: now,
  }
  return { ...file, article: { ...meta, body } }
}

/**
 * `file` with a newer version of its article made from a parsed draft (see
 * {@link withNewVersionOf}).
 */
export function withNewVersion(
  file: ArticleFile,
  draft: ArticleDraft,
  sourceName: string,
  body: CheckedBody,
  now: string,
): ArticleFile {
  const json = body.doc.toJSON() as Article['body']
  return withNewVersionOf(file, draft, sourceName, textFacts(body), json, now)
}

/** `file` with the editor's changes to its metadata (fields left undefined are kept). */
export function withMetaEdit(
  file: ArticleFile,
  changes: ArticleMetaEdit,
  now: string,
): ArticleFile {
  const updated: ArticleMeta = {
    ...metaOf(file.article),
    ...Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)),
    updatedAt: now,
  }
  return { ...file, article: { ...file.article, ...updated } }
}

/** Checks a body and gives its text (see {@link checkedDoc}). */
export function checkedBody(body: DocNodeJson): CheckedBody {
  const doc = checkedDoc(body)
  return { doc, text: articleText(doc) }
}
